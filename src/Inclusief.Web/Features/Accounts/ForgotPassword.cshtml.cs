using System.Text;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Inclusief.Web.Infrastructure.Pages;

namespace Inclusief.Web.Features.Accounts;

/// <summary>Asking for a password-reset link. The answer is the same whether or not the address is known.</summary>
[AllowAnonymous]
[EnableRateLimiting(SubmissionRateLimit.Policy)]
public sealed class ForgotPasswordModel(UserManager<AppUser> users, AccountMail mail, AppDbContext db, PublicAddress site) : AddressFormModel
{
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
            mail.PasswordReset(user, link);
            await db.SaveChangesAsync();
        }
        Sent = true;
        return Page();
    }
}
