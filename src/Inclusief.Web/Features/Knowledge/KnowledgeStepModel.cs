using Inclusief.Web.Infrastructure.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inclusief.Web.Features.Knowledge;

/// <summary>
/// A page for one job on an item (its lessons, its attachments, the editors' steps): its forms stand in the editor
/// (<see cref="WriteModel"/>), and it comes back there after each step. Every step has a <c>.cshtml</c> for its route;
/// only a step with typed text renders one: when a rule refuses it, that form is shown again with the text and the
/// reason, so nothing typed is lost.
/// </summary>
public abstract class KnowledgeStepModel(KnowledgeEditing editing, IAuthorizationService authorization) : PageModel
{
    /// <summary>The item whose form is shown again after a refusal.</summary>
    public KnowledgeItem Item { get; private set; } = null!;

    public IActionResult OnGet(int id) => RedirectToPage("Write", new { id });

    protected Task<IActionResult> StepAsync(int id, OperationAuthorizationRequirement permission, Action<KnowledgeItem> step, string done, bool typed = false) =>
        StepAsync(id, permission, item =>
        {
            step(item);
            return Task.CompletedTask;
        }, done, typed);

    /// <summary>
    /// Someone who may not open the item in the editor learns nothing about it (404); a rule that says no is shown next
    /// to the form: in the editor, or, for a step with <paramref name="typed"/> text, in this page's own form with the text.
    /// </summary>
    protected async Task<IActionResult> StepAsync(int id, OperationAuthorizationRequirement permission, Func<KnowledgeItem, Task> step, string done, bool typed = false)
    {
        if (await editing.TrackedAsync(id) is not { } item || !(await authorization.AuthorizeAsync(User, item, KnowledgePermissions.Write)).Succeeded)
        {
            return NotFound();
        }
        if (!(await authorization.AuthorizeAsync(User, item, permission)).Succeeded)
        {
            throw new RuleException("Dit stuk kan nu niet veranderen.");
        }
        try
        {
            await step(item);
        }
        catch (RuleException rule) when (typed)
        {
            Item = item;
            RuleRefusal.Show(this, string.Empty, rule);
            return Page();
        }
        await editing.SaveAsync(item);
        TempData["Notice"] = done;
        return RedirectToPage("Write", new { id });
    }
}
