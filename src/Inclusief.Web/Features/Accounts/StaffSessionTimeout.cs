using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Inclusief.Web.Features.Accounts;

/// <summary>
/// A staff session ends after a period without requests (default 30 minutes), whatever the cookie's own
/// lifetime: a coordinator's or moderator's browser left open must not stay a way into personal data.
/// The time of the last request is kept in the cookie and refreshed at most once a minute.
/// </summary>
public sealed class StaffSessionTimeout(TimeSpan idleTimeout, TimeProvider clock)
{
    private const string LastActiveKey = "inclusief.last-active";
    private static readonly TimeSpan RefreshEvery = TimeSpan.FromMinutes(1);

    public async Task<bool> KeepsSessionAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is not { } principal || !StaffRoles.All.Any(principal.IsInRole))
        {
            return true;
        }
        var now = clock.GetUtcNow();
        var items = context.Properties.Items;
        if (items.TryGetValue(LastActiveKey, out var stored)
            && DateTimeOffset.TryParse(stored, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var lastActive))
        {
            if (now - lastActive > idleTimeout)
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return false;
            }
            if (now - lastActive < RefreshEvery)
            {
                return true;
            }
        }
        items[LastActiveKey] = now.ToString("O", CultureInfo.InvariantCulture);
        context.ShouldRenew = true;
        return true;
    }
}
