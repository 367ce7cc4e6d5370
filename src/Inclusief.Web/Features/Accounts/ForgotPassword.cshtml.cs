using System.ComponentModel.DataAnnotations;
using System.Text;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Email;
using Inclusief.Web.Infrastructure.Localization;
using Inclusief.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;

namespace Inclusief.Web.Features.Accounts;

/// <summary>Asking for a password-reset link. The answer is the same whether or not the address is known.</summary>
[AllowAnonymous]
[EnableRateLimiting(SubmissionRateLimit.Policy)]
public sealed class ForgotPasswordModel(UserManager<AppUser> users, MailTemplate template, Mailer mailer, AppDbContext db, PublicAddress site) : PageModel
{
    [BindProperty]
    [Required]
    [EmailAddress]
    [StringLength(254)]
    [Display(Name = "E-mailadres")]
    public string Email { get; set; } = "";

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        // Only a confirmed address can receive a reset link: an unconfirmed one may not belong to the account holder.
        if (await db.Users.OwnerOfAsync(Email) is { } user)
        {
            var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
            var link = site.Page(Url, "/Accounts/ResetPassword", null, new { userId = user.Id, token });
            mailer.Queue(template.Compose(user.Email!, user.PreferredCulture ?? Cultures.Dutch, "Nieuw wachtwoord instellen",
                ["Je hebt gevraagd om een nieuw wachtwoord. Met de knop hieronder stel je het in. De link werkt één dag.", "Heb je dit niet zelf gevraagd? Dan kun je deze mail negeren; je wachtwoord blijft hetzelfde."],
                ("Nieuw wachtwoord instellen", link)));
            await db.SaveChangesAsync();
        }
        Sent = true;
        return Page();
    }
}
