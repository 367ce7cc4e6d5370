using System.Text;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Accounts;

/// <summary>Sends the mail with which a person confirms that an email address is theirs.</summary>
public sealed class EmailConfirmation(UserManager<AppUser> users, AppDbContext db, AccountMail mail, PublicAddress site)
{
    /// <summary>Queues the confirmation mail in the caller's unit of work; the caller saves.</summary>
    public async Task QueueAsync(AppUser user, IUrlHelper url)
    {
        var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GenerateEmailConfirmationTokenAsync(user)));
        var link = site.Page(url, "/Accounts/ConfirmEmail", null, new { userId = user.Id, token });
        mail.ConfirmAddress(user, link);
    }

    public enum Outcome
    {
        Confirmed,
        Invalid,
        AddressTaken,
    }

    public async Task<Outcome> ConfirmAsync(string userId, string token)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return Outcome.Invalid;
        }
        if (user.Email is not null && await db.Users.WithConfirmedAddress(user.Email).AnyAsync(u => u.Id != user.Id))
        {
            return Outcome.AddressTaken;
        }
        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(token));
        }
        catch (FormatException)
        {
            return Outcome.Invalid;
        }
        try
        {
            return (await users.ConfirmEmailAsync(user, decoded)).Succeeded ? Outcome.Confirmed : Outcome.Invalid;
        }
        catch (DbUpdateException)
        {
            // Another account confirmed the same address a moment earlier; the unique index refused this one.
            return Outcome.AddressTaken;
        }
    }
}
