using Inclusief.Web.Infrastructure.Consents;
using Inclusief.Web.Infrastructure.Localization;
using Inclusief.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Inclusief.Web.Infrastructure.Pages;

namespace Inclusief.Web.Features.Newsletter;

[AllowAnonymous]
[EnableRateLimiting(SubmissionRateLimit.Policy)]
public sealed class IndexModel(NewsletterSubscriptions subscriptions, PublicAddress site) : AddressFormModel
{
    public static ConsentPurpose Purpose => ConsentPurpose.Newsletter;

    public bool Requested { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await subscriptions.SubscribeAsync(
            Email,
            Cultures.Current,
            token => site.Page(Url, "/Newsletter/Confirm", null, new { token }),
            token => site.Page(Url, "/Newsletter/Unsubscribe", null, new { token }));
        return RedirectToPage("/Newsletter/Requested");
    }
}
