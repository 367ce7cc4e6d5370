using Microsoft.AspNetCore.Authorization;

namespace Inclusief.Web.Features.Accounts;

public static class StaffPolicy
{
    /// <summary>A policy for staff pages: the role, signed in with two-factor authentication.</summary>
    public static AuthorizationPolicy For(string role) =>
        new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new StaffTwoFactorRequirement(role)).Build();
}
