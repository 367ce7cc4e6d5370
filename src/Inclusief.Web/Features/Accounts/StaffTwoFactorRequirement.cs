using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Inclusief.Web.Features.Accounts;

/// <summary>Met when the user holds the role and signed in with a second factor in this session.</summary>
public sealed class StaffTwoFactorRequirement(string role) : AuthorizationHandler<StaffTwoFactorRequirement>, IAuthorizationRequirement
{
    public const string MfaClaimType = "amr";
    public const string MfaClaimValue = "mfa";

    public string Role { get; } = role;

    /// <summary>The same check for resource handlers that let staff in alongside owners.</summary>
    public static bool IsSatisfiedBy(ClaimsPrincipal user, string role) => user.IsInRole(role) && user.HasClaim(MfaClaimType, MfaClaimValue);

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, StaffTwoFactorRequirement requirement)
    {
        if (IsSatisfiedBy(context.User, requirement.Role))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
