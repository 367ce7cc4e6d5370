using Inclusief.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Inclusief.Web.Features.Accounts;

/// <summary>
/// Identity's sign-in, plus a sign-in that stands in for the password (a mailed one-time link) and is
/// otherwise the same as a password sign-in: a locked or deactivated account is refused and an account
/// with two-factor authentication is still asked for its second factor.
/// </summary>
public sealed class AccountSignIn(
    UserManager<AppUser> users,
    IHttpContextAccessor http,
    IUserClaimsPrincipalFactory<AppUser> claims,
    IOptions<IdentityOptions> options,
    ILogger<SignInManager<AppUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation)
    : SignInManager<AppUser>(users, http, claims, options, logger, schemes, confirmation)
{
    public async Task<SignInResult> SignInInsteadOfPasswordAsync(AppUser user) =>
        await PreSignInCheck(user) ?? await SignInOrTwoFactorAsync(user, isPersistent: false);
}
