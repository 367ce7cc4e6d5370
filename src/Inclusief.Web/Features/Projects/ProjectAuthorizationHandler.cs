using System.Security.Claims;
using Inclusief.Web.Features.Accounts;

namespace Inclusief.Web.Features.Projects;

/// <summary>Per sub-project access: visibility decides reading (the same rule as the lists, <see cref="SubProjectVisibility"/>); the work group contributes; leads manage.</summary>
public sealed class ProjectAuthorizationHandler : ResourceHandler<SubProject>
{
    protected override ValueTask<bool> AllowsAsync(ClaimsPrincipal user, string operation, SubProject project)
    {
        var userId = UserId(user);
        var coordinator = IsStaff(user, StaffRoles.Coordinator);
        return ValueTask.FromResult(operation switch
        {
            nameof(ProjectPermissions.Read) => SubProjectVisibility.IsVisibleTo(project, userId, coordinator),
            nameof(ProjectPermissions.Contribute) => project.IsInWorkGroup(userId) || coordinator,
            nameof(ProjectPermissions.Manage) => project.IsLead(userId) || coordinator,
            _ => false,
        });
    }
}
