using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inclusief.Web.Features.Newsletter;

/// <summary>
/// The unsubscribe link of every newsletter mail. Mail programs post here directly (RFC 8058 one-click),
/// without an antiforgery token: the token in the address is what authorises it, and unsubscribing
/// cannot hurt anyone.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class UnsubscribeModel(NewsletterSubscriptions subscriptions) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public bool LinkValid { get; private set; }

    public bool Unsubscribed { get; private set; }

    public async Task OnGetAsync()
    {
        LinkValid = Token is not null && await subscriptions.FindByUnsubscribeTokenAsync(Token) is not null;
        if (!LinkValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Unsubscribed = Token is not null && await subscriptions.UnsubscribeAsync(Token);
        LinkValid = Unsubscribed;
        if (!Unsubscribed)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return Page();
    }
}
