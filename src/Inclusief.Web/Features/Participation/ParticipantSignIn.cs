using Inclusief.Data;
using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Participation;

/// <summary>
/// Passwordless return for participants: a mailed one-time link signs them in to the account that owns
/// the (confirmed) address, or to a new pseudonymous account, and links their sign-ups to it.
/// </summary>
public sealed class ParticipantSignIn(AppDbContext db, UserManager<AppUser> users, ParticipationMail mail, TimeProvider clock)
{
    /// <summary>Mails a link when the address has sign-ups or an account; says nothing either way.</summary>
    public async Task SendLinkAsync(string email, string culture, Func<string, string> linkUrl)
    {
        var normalized = email.Trim().ToLowerInvariant();
        var known = await db.Set<Participant>().AnyAsync(p => p.Email == normalized)
            || await db.Users.WithConfirmedAddress(normalized).AnyAsync();
        if (!known)
        {
            return;
        }
        var token = SecretToken.Create();
        db.Set<SignInLink>().Add(SignInLink.Create(SecretToken.Hash(token), normalized, clock.GetUtcNow().UtcDateTime));
        mail.SignInLink(normalized, culture, linkUrl(token));
        await db.SaveChangesAsync();
    }

    /// <summary>Uses the link; returns the account to sign in, or null for an unknown, used or expired link.</summary>
    public async Task<AppUser?> RedeemAsync(string token)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var hash = SecretToken.Hash(token);
        // Claimed with one conditional update, so two posts of the same link at the same moment sign in once.
        var claimed = await db.Set<SignInLink>()
            .Where(l => l.TokenHash == hash && l.UsedAt == null && l.ExpiresAt > now)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.UsedAt, now));
        if (claimed != 1)
        {
            return null;
        }
        var email = await db.Set<SignInLink>().Where(l => l.TokenHash == hash).Select(l => l.Email).SingleAsync();
        var user = await db.Users.OwnerOfAsync(email);
        if (user is not null && (user.IsDeactivated || await users.IsLockedOutAsync(user)))
        {
            return null;
        }
        var participants = await db.Set<Participant>().Where(p => p.Email == email).ToListAsync();
        if (user is null)
        {
            user = new AppUser
            {
                UserName = $"deelnemer-{Guid.NewGuid():N}"[..24],
                DisplayName = participants.OrderByDescending(p => p.CreatedAt).Select(p => p.DisplayName).FirstOrDefault() ?? "Deelnemer",
                Email = email,
                EmailConfirmed = true,
                PreferredCulture = participants.Select(p => p.Culture).FirstOrDefault(),
                CreatedAt = now,
            };
            try
            {
                var created = await users.CreateAsync(user);
                if (!created.Succeeded)
                {
                    throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Code)));
                }
            }
            catch (DbUpdateException)
            {
                // The address was confirmed for another account a moment ago (the unique index refused a second one).
                return null;
            }
        }
        else if ((await users.GetRolesAsync(user)).Any(StaffRoles.All.Contains))
        {
            // Staff accounts sign in with password and second factor only.
            return null;
        }
        foreach (var participant in participants)
        {
            participant.LinkToAccount(user.Id);
        }
        await db.SaveChangesAsync();
        return user;
    }
}
