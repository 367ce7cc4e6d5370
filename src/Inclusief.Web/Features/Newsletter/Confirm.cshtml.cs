using Inclusief.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inclusief.Web.Features.Newsletter;

/// <summary>
/// Opening the link shows a button; only pressing it confirms. Mail scanners that open links on their
/// own therefore cannot subscribe anyone.
/// </summary>
[AllowAnonymous]
public sealed class ConfirmModel(NewsletterSubscriptions subscriptions, PublicAddress site) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public bool LinkValid { get; private set; }

    public bool Confirmed { get; private set; }

    public async Task OnGetAsync()
    {
        LinkValid = Token is not null && await subscriptions.FindByConfirmationTokenAsync(Token) is not null;
        if (!LinkValid)
        {
            Response.StatusCode = StatusCodes.Status410Gone;
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Confirmed = Token is not null && await subscriptions.ConfirmAsync(Token, token => site.Page(Url, "/Newsletter/Unsubscribe", null, new { token }));
        LinkValid = Confirmed;
        if (!Confirmed)
        {
            Response.StatusCode = StatusCodes.Status410Gone;
        }
        return Page();
    }
}
