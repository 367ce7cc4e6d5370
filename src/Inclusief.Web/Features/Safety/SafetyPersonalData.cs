using Inclusief.Data;
using Inclusief.Web.Infrastructure.Crypto;
using Inclusief.Web.Infrastructure.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Safety;

/// <summary>Membership of the safety network. Reports stay anonymous: erasing unlinks them from the member.</summary>
public sealed class SafetyPersonalData(AppDbContext db, FieldCipher cipher) : IPersonalData
{
    public string Section => "safety";

    public async Task<object?> ExportAsync(AppUser user)
    {
        var member = await db.Set<SafetyMember>().AsNoTracking().SingleOrDefaultAsync(m => m.UserId == user.Id);
        if (member is null)
        {
            return null;
        }
        var reports = await db.Set<SafetyReport>().CountAsync(r => r.MemberId == member.Id);
        return new
        {
            member.WorkingName,
            Email = cipher.DecryptOrNull(member.EncryptedEmail, SafetyMember.CipherPurpose),
            Regions = member.RegionList,
            Context = member.Context.ToString(),
            member.OutreachOrganisation,
            member.AlertByEmail,
            Status = member.Status.ToString(),
            member.AppliedAt,
            member.LastActiveAt,
            ReportsFiled = reports,
        };
    }

    public async Task EraseAsync(AppUser user)
    {
        var ids = await db.Set<SafetyMember>().Where(m => m.UserId == user.Id).Select(m => m.Id).ToListAsync();
        await db.Set<SafetyReport>().Where(r => r.MemberId != null && ids.Contains(r.MemberId.Value)).ExecuteUpdateAsync(s => s.SetProperty(r => r.MemberId, (Guid?)null));
        await db.Set<SafetyMember>().Where(m => m.UserId == user.Id).ExecuteDeleteAsync();
    }
}
