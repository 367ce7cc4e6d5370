using Inclusief.Data;
using Inclusief.Web.Infrastructure.Crypto;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace Inclusief.Web.Features.Accounts;

/// <summary>
/// Identity's store, with the authenticator key and the recovery codes encrypted by the field cipher (whose keys
/// sit outside the database): a copy of the database plus a cracked password does not give a staff member's
/// second factor. A value written before encryption is read as it is, and encrypted at its next write.
/// </summary>
public sealed class AccountStore(AppDbContext db, FieldCipher cipher, IdentityErrorDescriber? describer = null)
    : UserStore<AppUser, IdentityRole, AppDbContext>(db, describer)
{
    // The login provider under which Identity keeps its own tokens (authenticator key, recovery codes).
    private const string IdentityTokens = "[AspNetUserStore]";
    private const string Purpose = "Accounts.SecondFactor";

    public override Task SetTokenAsync(AppUser user, string loginProvider, string name, string? value, CancellationToken cancellationToken) =>
        base.SetTokenAsync(user, loginProvider, name, loginProvider == IdentityTokens && value is not null ? cipher.Encrypt(value, Purpose) : value, cancellationToken);

    public override async Task<string?> GetTokenAsync(AppUser user, string loginProvider, string name, CancellationToken cancellationToken)
    {
        var stored = await base.GetTokenAsync(user, loginProvider, name, cancellationToken);
        return loginProvider == IdentityTokens && stored is not null && cipher.TryDecrypt(stored, Purpose, out var plain) ? plain : stored;
    }
}
