using Inclusief.Data;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Safety;

/// <summary>Who is an approved member: the gate in front of warnings and the client check.</summary>
public sealed class SafetyMembership(AppDbContext db, TimeProvider clock)
{
    public async Task<SafetyMember?> MineAsync(string? userId) =>
        userId is null ? null : await db.Set<SafetyMember>().SingleOrDefaultAsync(m => m.UserId == userId);

    /// <summary>The approved member behind this account, marked active; null for anyone else.</summary>
    public async Task<SafetyMember?> ApprovedAsync(string? userId)
    {
        var member = await MineAsync(userId);
        if (member is not { Status: MembershipStatus.Approved })
        {
            return null;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (now - member.LastActiveAt > TimeSpan.FromHours(1) || member.AskedToConfirmAt is not null)
        {
            member.WasActive(now);
            await db.SaveChangesAsync();
        }
        return member;
    }
}
