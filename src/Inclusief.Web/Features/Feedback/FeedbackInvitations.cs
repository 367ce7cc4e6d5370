using Inclusief.Data;
using Inclusief.Web.Features.Participation;
using Inclusief.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Feedback;

/// <summary>Who a round invites: active sounding-board members with an account, a work group, or everyone signed in.</summary>
public sealed class FeedbackInvitations(AppDbContext db)
{
    public async Task<bool> IsInvitedAsync(FeedbackRound round, string? userId) => userId is not null && round.Audience switch
    {
        FeedbackAudience.Everyone => true,
        FeedbackAudience.SoundingBoard => await db.Set<Participant>().AnyAsync(p => p.UserId == userId && p.Form == ParticipationForm.SoundingBoard && p.Status == ParticipationStatus.Active),
        _ => await db.Set<WorkGroupMember>().AnyAsync(m => m.SubProjectId == round.SubProjectId && m.UserId == userId),
    };

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
