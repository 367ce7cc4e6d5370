using Inclusief.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inclusief.Web.Features.Accounts;

/// <summary>
/// Ends the session and asks the browser to forget this site's cookies and storage: on a shared phone
/// nothing of the session is left for the next person.
/// </summary>
[AllowAnonymous]
public sealed class SignOutModel(SignInManager<AppUser> signIn) : PageModel
{
    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? Page() : RedirectToPage("/Accounts/SignedOut");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        Response.Headers["Clear-Site-Data"] = "\"cookies\", \"storage\"";
        return RedirectToPage("/Accounts/SignedOut");
    }
}
