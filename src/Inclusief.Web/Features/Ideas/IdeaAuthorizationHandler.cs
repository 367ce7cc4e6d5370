using System.Security.Claims;
using Inclusief.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Inclusief.Web.Features.Ideas;

/// <summary>Per-idea access: the submitter sees their own idea; coordinators with a two-factor sign-in see all.</summary>
public sealed class IdeaAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, Idea>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, Idea idea)
    {
        var userId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var coordinator = StaffTwoFactorRequirement.IsSatisfiedBy(context.User, StaffRoles.Coordinator);
        if (requirement.Name == IdeaPermissions.Read.Name && (idea.SubmitterId == userId || coordinator))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
