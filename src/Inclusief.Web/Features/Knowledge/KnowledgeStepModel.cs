using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inclusief.Web.Features.Knowledge;

/// <summary>
/// A page for one job on an item (its lessons, its attachments, the editors' steps): it has no view of its own,
/// shows the item in the editor (<see cref="WriteModel"/>) and comes back there after each step.
/// </summary>
public abstract class KnowledgeStepModel(KnowledgeEditing editing, IAuthorizationService authorization) : PageModel
{
    public IActionResult OnGet(int id) => RedirectToPage("Write", new { id });

    protected Task<IActionResult> StepAsync(int id, OperationAuthorizationRequirement permission, Action<KnowledgeItem> step, string done) =>
        StepAsync(id, permission, item =>
        {
            step(item);
            return Task.CompletedTask;
        }, done);

    /// <summary>Someone who may not open the item in the editor learns nothing about it (404); a rule that says no is shown next to the form.</summary>
    protected async Task<IActionResult> StepAsync(int id, OperationAuthorizationRequirement permission, Func<KnowledgeItem, Task> step, string done)
    {
        if (await editing.TrackedAsync(id) is not { } item || !(await authorization.AuthorizeAsync(User, item, KnowledgePermissions.Write)).Succeeded)
        {
            return NotFound();
        }
        if (!(await authorization.AuthorizeAsync(User, item, permission)).Succeeded)
        {
            throw new RuleException("Dit stuk kan nu niet veranderen.");
        }
        await step(item);
        await editing.SaveAsync(item);
        TempData["Notice"] = done;
        return RedirectToPage("Write", new { id });
    }
}
