using Inclusief.Data;
using Inclusief.Web.Features.Participation;
using Inclusief.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Feedback;

/// <summary>Who a round invites: active sounding-board members with an account, a work group, or everyone signed in.</summary>
public sealed class FeedbackInvitations(AppDbContext db)
{
    /// <summary>What a signed-in person belongs to, read once, so a list of rounds needs no query per round.</summary>
    public sealed record Membership(bool SoundingBoard, IReadOnlySet<Guid> WorkGroups)
    {
        public bool Covers(FeedbackRound round) => round.Audience switch
        {
            FeedbackAudience.Everyone => true,
            FeedbackAudience.SoundingBoard => SoundingBoard,
            _ => round.SubProjectId is { } project && WorkGroups.Contains(project),
        };
    }

    public async Task<Membership?> MembershipAsync(string? userId)
    {
        if (userId is null)
        {
            return null;
        }
        var soundingBoard = await db.Set<Participant>().AnyAsync(p => p.UserId == userId && p.Form == ParticipationForm.SoundingBoard && p.Status == ParticipationStatus.Active);
        var workGroups = await db.Set<WorkGroupMember>().Where(m => m.UserId == userId).Select(m => m.SubProjectId).ToListAsync();
        return new Membership(soundingBoard, workGroups.ToHashSet());
    }

    public async Task<bool> IsInvitedAsync(FeedbackRound round, string? userId) => (await MembershipAsync(userId))?.Covers(round) == true;

    /// <summary>The accounts to mail when a round opens ("everyone" is announced on the site, not mailed).</summary>
    public Task<List<AppUser>> MailRecipientsAsync(FeedbackRound round) => round.Audience switch
    {
        FeedbackAudience.SoundingBoard => db.Users.Where(u => u.Email != null && db.Set<Participant>()
            .Any(p => p.UserId == u.Id && p.Form == ParticipationForm.SoundingBoard && p.Status == ParticipationStatus.Active)).ToListAsync(),
        FeedbackAudience.WorkGroup => db.Users.Where(u => u.Email != null && db.Set<WorkGroupMember>()
            .Any(m => m.SubProjectId == round.SubProjectId && m.UserId == u.Id)).ToListAsync(),
        _ => Task.FromResult(new List<AppUser>()),
    };
}
