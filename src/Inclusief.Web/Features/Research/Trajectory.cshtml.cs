using Inclusief.Data;
using Inclusief.Web.Features.Events;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Research;

/// <summary>Running a trajectory: phases, the inventory and its themes, focus groups, actions and quarterly consultations.</summary>
[Authorize(Policy = ResearchPermissions.Facilitate)]
public sealed class TrajectoryModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public TrajectoryWork Work { get; private set; } = null!;

    /// <summary>The trajectory's focus groups planned as events: their invitations, registrations and write-ups are in the events feature.</summary>
    public IReadOnlyList<Event> FocusGroups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if ((Work = (await TrajectoryWork.LoadAsync(db, id))!) is null)
        {
            return NotFound();
        }
        FocusGroups = await db.FocusGroupsOf(id).OrderBy(e => e.StartsAt).ToListAsync();
        return Page();
    }

    public Task<IActionResult> OnPostPhaseAsync(Guid id, ResearchPhase phase) =>
        ChangeAsync(id, w => w.Trajectory.MoveTo(phase), "De fase is bijgewerkt.");

    public Task<IActionResult> OnPostContributionAsync(Guid id, StakeholderGroup group, string? pseudonym, string? currentSituation, string? desiredSituation,
        string? needs, string? solutionDirections, string? motivation, string? assets) =>
        ChangeAsync(id, w => db.Add(Contribution.Record(w.Trajectory, new Contribution.Input(group, pseudonym, currentSituation, desiredSituation, needs, solutionDirections, motivation, assets), viaLink: false, Now)),
            "De bijdrage is opgeslagen.");

    public Task<IActionResult> OnPostTagAsync(Guid id, Guid contributionId, string? themes) =>
        ChangeAsync(id, w => Find(w, contributionId).Tag((themes ?? "").Split(',')), "De thema's zijn opgeslagen.");

    public Task<IActionResult> OnPostMergeAsync(Guid id, string? from, string? into) =>
        ChangeAsync(id, w =>
        {
            if (string.IsNullOrWhiteSpace(from) || string.IsNullOrWhiteSpace(into))
            {
                throw new RuleException("Kies welk thema je samenvoegt met welk ander thema.");
            }
            foreach (var contribution in w.Contributions)
            {
                contribution.RenameTheme(from, into.Trim());
            }
        }, "De thema's zijn samengevoegd.");

    public Task<IActionResult> OnPostActionAsync(Guid id, string? title, string? owner, string? theme, DateOnly? dueOn, bool startedImmediately) =>
        ChangeAsync(id, w => db.Add(ResearchAction.Plan(w.Trajectory.Id, title ?? "", owner ?? "", theme, dueOn, startedImmediately)), "De actie is toegevoegd.");

    public Task<IActionResult> OnPostActionStatusAsync(Guid id, Guid actionId, ActionStatus status) =>
        ChangeAsync(id, w => (w.Actions.SingleOrDefault(a => a.Id == actionId) ?? throw new RuleException("Deze actie hoort niet bij dit traject.")).Update(status), "De actie is bijgewerkt.");

    public Task<IActionResult> OnPostMeetingAsync(Guid id, bool consultation, string? topic, DateOnly? heldOn, string? participants, string? notes, string? decisions) =>
        ChangeAsync(id, w => db.Add(ResearchMeeting.Hold(w.Trajectory.Id, consultation, topic ?? "", heldOn ?? throw new RuleException("Vul de datum in."), participants, notes, decisions)),
            consultation ? "Het overleg is vastgelegd." : "De focusgroep is vastgelegd.");

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static Contribution Find(TrajectoryWork work, Guid id) =>
        work.Contributions.SingleOrDefault(c => c.Id == id) ?? throw new RuleException("Deze bijdrage hoort niet bij dit traject.");

    private async Task<IActionResult> ChangeAsync(Guid id, Action<TrajectoryWork> change, string done)
    {
        if (await TrajectoryWork.LoadAsync(db, id, tracked: true) is not { } work)
        {
            return NotFound();
        }
        change(work);
        await db.SaveChangesAsync();
        TempData["Notice"] = done;
        return RedirectToPage(new { id });
    }
}
