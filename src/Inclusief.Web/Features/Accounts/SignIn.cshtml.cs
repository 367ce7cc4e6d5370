using Inclusief.Web.Infrastructure.Pages;
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

[AllowAnonymous]
[EnableRateLimiting(SubmissionRateLimit.Policy)]
public sealed class SignInModel(SignInManager<AppUser> signIn, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(Input.UserName.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl);
        }
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Accounts/SignInTwoFactor", new { returnUrl = SafeReturnUrl });
        }
        // One message for a wrong name, a wrong password and a blocked account: it reveals no account's existence.
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? t["Inloggen lukt nu niet. Na te veel pogingen blokkeren we even; probeer het over een kwartier opnieuw."]
            : t["Gebruikersnaam of wachtwoord klopt niet."]);
        return Page();
    }

    private string SafeReturnUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/Accounts";

    public sealed class SignInInput
    {
        [Required]
        [StringLength(ContactDetails.EmailMaxLength)]
        [Display(Name = "Gebruikersnaam")]
        public string UserName { get; set; } = "";

        [Required]
        [StringLength(200)]
        [DataType(DataType.Password)]
        [Display(Name = "Wachtwoord")]
        public string Password { get; set; } = "";
    }
}
