using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Inclusief.Web.Features.Accounts;

/// <summary>
/// The one shape of a rule that depends on the resource (its owner, visibility or state): a feature's handler says
/// whether the user may do the operation (a requirement in its <c>XxxPermissions</c>) to this resource, and pages
/// ask <c>IAuthorizationService.AuthorizeAsync(User, resource, XxxPermissions.Operation)</c>.
/// </summary>
public abstract class ResourceHandler<TResource> : AuthorizationHandler<OperationAuthorizationRequirement, TResource>
{
    protected sealed override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, TResource resource)
    {
        if (await AllowsAsync(context.User, requirement.Name, resource))
        {
            context.Succeed(requirement);
        }
    }

    protected abstract ValueTask<bool> AllowsAsync(ClaimsPrincipal user, string operation, TResource resource);

    protected static string? UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>Staff count only with the role and a two-factor sign-in in this session, as on their own pages.</summary>
    protected static bool IsStaff(ClaimsPrincipal user, string role) => StaffTwoFactorRequirement.IsSatisfiedBy(user, role);
}
