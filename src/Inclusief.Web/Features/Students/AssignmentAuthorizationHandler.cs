using System.Security.Claims;
using Inclusief.Data;
using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Students;

/// <summary>Scoped: a sub-project's lead is asked of the database, only when the user is not a coordinator.</summary>
public sealed class AssignmentAuthorizationHandler(AppDbContext db) : ResourceHandler<Assignment>
{
    protected override async ValueTask<bool> AllowsAsync(ClaimsPrincipal user, string operation, Assignment assignment)
    {
        if (operation != nameof(StudentPermissions.Manage))
        {
            return false;
        }
        if (IsStaff(user, StaffRoles.Coordinator))
        {
            return true;
        }
        var userId = UserId(user);
        return userId is not null && assignment.SubProjectId is { } project
            && await db.Set<WorkGroupMember>().AnyAsync(m => m.SubProjectId == project && m.UserId == userId && m.Role == WorkGroupRole.Lead);
    }
}
