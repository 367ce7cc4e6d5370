using Inclusief.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inclusief.Web.Features.Accounts;

/// <summary>Explains a refusal, and for staff without a two-factor sign-in, what to do about it.</summary>
[AllowAnonymous]
public sealed class AccessDeniedModel(UserManager<AppUser> users) : PageModel
{
    public bool StaffNeedsTwoFactorSetup { get; private set; }

    public bool StaffNeedsTwoFactorSignIn { get; private set; }

    public async Task OnGetAsync()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        var user = await users.GetUserAsync(User);
        if (user is null || !StaffRoles.All.Any(User.IsInRole))
        {
            return;
        }
        StaffNeedsTwoFactorSetup = !user.TwoFactorEnabled;
        StaffNeedsTwoFactorSignIn = user.TwoFactorEnabled && !User.HasClaim(StaffTwoFactorRequirement.MfaClaimType, StaffTwoFactorRequirement.MfaClaimValue);
    }
}
