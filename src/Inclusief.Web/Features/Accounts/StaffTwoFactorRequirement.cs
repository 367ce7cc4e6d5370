using Microsoft.AspNetCore.Authorization;

namespace Inclusief.Web.Features.Accounts;

/// <summary>Met when the user holds the role and signed in with a second factor in this session.</summary>
public sealed class StaffTwoFactorRequirement(string role) : AuthorizationHandler<StaffTwoFactorRequirement>, IAuthorizationRequirement
{
    public const string MfaClaimType = "amr";
    public const string MfaClaimValue = "mfa";

    public string Role { get; } = role;

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, StaffTwoFactorRequirement requirement)
    {
        if (context.User.IsInRole(requirement.Role) && context.User.HasClaim(MfaClaimType, MfaClaimValue))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
