using System.ComponentModel.DataAnnotations;
using Inclusief.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Inclusief.Web.Infrastructure.Security;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Inclusief.Web.Features.Accounts;

/// <summary>Second step of signing in: a code from the authenticator app, or one of the recovery codes.</summary>
[AllowAnonymous]
[EnableRateLimiting(SubmissionRateLimit.Policy)]
public sealed class SignInTwoFactorModel(SignInManager<AppUser> signIn, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    [Required]
    [StringLength(20)]
    [Display(Name = "Code")]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Accounts/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("/Accounts/SignIn");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var code = new string(Code.Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
        var result = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(Code.Trim());
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/Accounts");
        }
        ModelState.AddModelError(nameof(Code), result.IsLockedOut
            ? t["Inloggen lukt nu niet. Na te veel pogingen blokkeren we even; probeer het over een kwartier opnieuw."]
            : t["Deze code klopt niet. Gebruik de nieuwste code uit je app, of een herstelcode."]);
        return Page();
    }
}
