using Inclusief.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Feedback;

/// <summary>The feedback rounds a member is invited to: open ones to answer, closed ones with what was done with them.</summary>
[Authorize]
public sealed class IndexModel(AppDbContext db, FeedbackInvitations invitations, UserManager<AppUser> users, TimeProvider clock) : PageModel
{
    public sealed record Row(Guid Id, string Title, DateTime Deadline, bool Open, bool Answered, bool ResponsePublished);

    public IReadOnlyList<Row> Rounds { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var userId = users.GetUserId(User);
        var now = clock.GetUtcNow().UtcDateTime;
        var answered = await db.Set<FeedbackResponse>().Where(r => r.UserId == userId).Select(r => r.RoundId).ToListAsync();
        var membership = await invitations.MembershipAsync(userId);
        Rounds = (await db.Set<FeedbackRound>().AsNoTracking().OrderByDescending(r => r.Deadline).Take(200).ToListAsync())
            .Where(round => membership?.Covers(round) == true)
            .Select(round => new Row(round.Id, round.Title, round.Deadline, round.IsOpen(now), answered.Contains(round.Id), round.ResponsePublishedAt is not null))
            .ToList();
    }
}
