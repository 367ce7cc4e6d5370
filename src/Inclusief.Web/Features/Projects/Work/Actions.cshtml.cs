using Inclusief.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Inclusief.Web.Features.Projects.Work;

/// <summary>Actions of the work group: added with an owner from the work group, moved between to do, doing and done.</summary>
[Authorize]
public sealed class ActionsModel(AppDbContext db, IAuthorizationService authorization, TimeProvider clock) : ProjectWorkModel(db, authorization, clock)
{
    public Task<IActionResult> OnPostAddAsync(Guid id, ActionInput action)
    {
        ActionForm = action;
        return WorkAsync(id, ProjectPermissions.Contribute, nameof(action), () =>
        {
            var owner = action.OwnerId is { } ownerId && Project.IsInWorkGroup(ownerId) ? ownerId : null;
            Db.Set<ActionItem>().Add(ActionItem.Create(Project.Id, action.Description, owner, action.DueOn, action.Goal, Now));
            return "De actie is toegevoegd.";
        });
    }

    public Task<IActionResult> OnPostStatusAsync(Guid id, Guid actionId, ActionStatus status) =>
        RowAsync<ActionItem>(id, ProjectPermissions.Contribute, actionId, a => a.SubProjectId == id, a => a.Move(status), "actions");
}
