using Inclusief.Data;
using Inclusief.Web.Features.Organisations;
using Inclusief.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Evaluations;

/// <summary>
/// The published evaluation points, newest first: what the programme decided after weighing its route, and why. A
/// partner's contact also finds here the ones partners are invited to, while a view can still be given.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(AppDbContext db, UserManager<AppUser> users, TimeProvider clock) : PageModel
{
    public IReadOnlyList<PublishedEvaluations.Entry> Rows { get; private set; } = [];

    public sealed record Invitation(Guid Id, string Title, DateOnly From, DateOnly To);

    public IReadOnlyList<Invitation> Invitations { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Rows = await db.PublishedEvaluationsAsync();
        if (users.GetUserId(User) is { } userId && await db.IsPartnerContactAsync(userId, ProgrammeTime.DayOf(clock.GetUtcNow().UtcDateTime)))
        {
            Invitations = await db.Set<ProgrammeEvaluationPoint>().AsNoTracking().Where(e => e.PartnersInvitedAt != null && e.Decision == null)
                .OrderByDescending(e => e.PartnersInvitedAt).Select(e => new Invitation(e.Id, e.Title, e.From, e.To)).ToListAsync();
        }
    }
}
