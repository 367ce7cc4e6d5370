using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inclusief.Web.Features.Accounts;

[AllowAnonymous]
public sealed class ConfirmEmailModel(EmailConfirmation confirmation) : PageModel
{
    public EmailConfirmation.Outcome Outcome { get; private set; } = EmailConfirmation.Outcome.Invalid;

    public async Task OnGetAsync(string? userId, string? token)
    {
        if (userId is not null && token is not null)
        {
            Outcome = await confirmation.ConfirmAsync(userId, token);
        }
        if (Outcome != EmailConfirmation.Outcome.Confirmed)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }
}
