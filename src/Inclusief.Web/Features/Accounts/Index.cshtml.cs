using Inclusief.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inclusief.Web.Features.Accounts;

[Authorize]
public sealed class IndexModel(UserManager<AppUser> users, EmailConfirmation confirmation, AppDbContext db) : PageModel
{
    public AppUser Account { get; private set; } = new();

    public IReadOnlyList<string> Roles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        Account = user;
        Roles = (await users.GetRolesAsync(user)).Order().ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostResendConfirmationAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (user.Email is not null && !user.EmailConfirmed)
        {
            await confirmation.QueueAsync(user, Url);
            await db.SaveChangesAsync();
        }
        TempData["Notice"] = "We hebben je een nieuwe bevestigingsmail gestuurd.";
        return RedirectToPage();
    }
}
