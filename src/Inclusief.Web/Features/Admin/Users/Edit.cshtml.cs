using Inclusief.Data;
using Inclusief.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Inclusief.Web.Infrastructure.Pages;

namespace Inclusief.Web.Features.Admin.Users;

[Authorize(Policy = AdminPermissions.Policy)]
public sealed class EditModel(UserManager<AppUser> users, UserAdministration administration) : PageModel
{
    public AppUser Account { get; private set; } = new();

    public IReadOnlyList<string> Roles { get; private set; } = [];

    public bool IsSelf { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostRolesAsync(string id, string[] roles)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }
        var actor = users.GetUserId(User)!;
        if (user.Id == actor)
        {
            RuleRefusal.Keep(TempData, new RuleException("Je eigen rollen kun je niet wijzigen; dat doet een andere beheerder."));
            return RedirectToPage(new { id });
        }
        foreach (var role in StaffRoles.All)
        {
            if (roles.Contains(role))
            {
                await administration.AssignRoleAsync(user, role, actor);
            }
            else
            {
                await administration.RemoveRoleAsync(user, role, actor);
            }
        }
        TempData["Notice"] = "De rollen zijn opgeslagen.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDeactivateAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }
        var actor = users.GetUserId(User)!;
        if (user.Id == actor)
        {
            RuleRefusal.Keep(TempData, new RuleException("Je kunt je eigen account niet deactiveren."));
            return RedirectToPage(new { id });
        }
        await administration.DeactivateAsync(user, actor);
        TempData["Notice"] = "Het account is gedeactiveerd.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostReactivateAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }
        await administration.ReactivateAsync(user, users.GetUserId(User)!);
        TempData["Notice"] = "Het account is weer actief.";
        return RedirectToPage(new { id });
    }

    private async Task LoadAsync(AppUser user)
    {
        Account = user;
        Roles = (await users.GetRolesAsync(user)).ToList();
        IsSelf = user.Id == users.GetUserId(User);
    }
}
