using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Infrastructure.Localization;
using Inclusief.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Inclusief.Web.Infrastructure.Pages;

namespace Inclusief.Web.Features.Participation;

/// <summary>Asking for a sign-in link, and using it.</summary>
[AllowAnonymous]
[EnableRateLimiting(SubmissionRateLimit.Policy)]
public sealed class ReturnModel(ParticipantSignIn signInLinks, AccountSignIn signIn, PublicAddress site) : AddressFormModel
{
    public bool Sent { get; private set; }

    public bool LinkInvalid { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await signInLinks.SendLinkAsync(Email, Cultures.Current, token => site.Page(Url, "/Participation/Return", "Link", new { token }));
        Sent = true;
        return Page();
    }

    /// <summary>The link in the mail shows a button; pressing it signs in (mail scanners only open links).</summary>
    public IActionResult OnGetLink() => Page();

    public async Task<IActionResult> OnPostLinkAsync()
    {
        var user = Token is null ? null : await signInLinks.RedeemAsync(Token);
        var result = user is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed : await signIn.SignInInsteadOfPasswordAsync(user);
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Accounts/SignInTwoFactor", new { returnUrl = Url.Page("/Participation/Mine") });
        }
        if (!result.Succeeded)
        {
            // One answer for an unknown, used, expired or blocked link: it tells nobody whether the account exists.
            LinkInvalid = true;
            Response.StatusCode = StatusCodes.Status410Gone;
            ModelState.Clear();
            return Page();
        }
        return RedirectToPage("/Participation/Mine");
    }
}
