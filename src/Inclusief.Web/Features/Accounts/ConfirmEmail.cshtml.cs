using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inclusief.Web.Features.Accounts;

[AllowAnonymous]
public sealed class ConfirmEmailModel(EmailConfirmation confirmation) : PageModel
{
    public EmailConfirmation.Outcome? Outcome { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    /// <summary>The link shows a button; pressing it confirms. Mail scanners open links, and must not confirm an address for whoever registered it.</summary>
    public void OnGet()
    {
    }

    public async Task OnPostAsync()
    {
        Outcome = EmailConfirmation.Outcome.Invalid;
        if (UserId is { } userId && Token is { } token)
        {
            Outcome = await confirmation.ConfirmAsync(userId, token);
        }
        if (Outcome != EmailConfirmation.Outcome.Confirmed)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }
}
