using Inclusief.Web.Infrastructure.Localization;
using Inclusief.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Inclusief.Web.Features.Projects.Work;

/// <summary>The timeline: milestones planned by the work group and marked reached, which moves the progress bar.</summary>
[Authorize]
public sealed class MilestonesModel(AppDbContext db, IAuthorizationService authorization, TimeProvider clock) : ProjectWorkModel(db, authorization, clock)
{
    public Task<IActionResult> OnPostAddAsync(Guid id, MilestoneInput milestone)
    {
        MilestoneForm = milestone;
        return WorkAsync(id, ProjectPermissions.Contribute, nameof(milestone), () =>
        {
            Db.Set<Milestone>().Add(Milestone.Create(Project.Id, milestone.Title, milestone.PlannedOn));
            return "De mijlpaal is toegevoegd.";
        });
    }

    public Task<IActionResult> OnPostReachAsync(Guid id, Guid milestoneId) =>
        RowAsync<Milestone>(id, ProjectPermissions.Contribute, milestoneId, m => m.SubProjectId == id, m => m.Reach(ProgrammeTime.DayOf(Now)), "progress");
}
