using System.Security.Claims;
using Inclusief.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Inclusief.Web.Features.Projects;

/// <summary>Per sub-project access: visibility decides reading; the work group contributes; leads manage.</summary>
public sealed class ProjectAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, SubProject>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, SubProject project)
    {
        var userId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var coordinator = StaffTwoFactorRequirement.IsSatisfiedBy(context.User, StaffRoles.Coordinator);
        var allowed = requirement.Name switch
        {
            nameof(ProjectPermissions.Read) => project.Visibility == Visibility.Public
                || (project.Visibility == Visibility.Members && userId is not null)
                || project.IsInWorkGroup(userId) || coordinator,
            nameof(ProjectPermissions.Contribute) => project.IsInWorkGroup(userId) || coordinator,
            nameof(ProjectPermissions.Manage) => project.IsLead(userId) || coordinator,
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
