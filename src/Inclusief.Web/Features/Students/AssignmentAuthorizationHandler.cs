using System.Security.Claims;
using Inclusief.Data;
using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Students;

/// <summary>
/// Managing an assignment: a coordinator, or whoever manages the sub-project that offers it (the sub-project's own
/// rule, <see cref="SubProject.IsLead"/>). Scoped, because that sub-project is read from the database, and only for
/// someone who is not a coordinator.
/// </summary>
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
        var project = assignment.SubProjectId is { } id ? await db.Set<SubProject>().AsNoTracking().Include(p => p.Members).SingleOrDefaultAsync(p => p.Id == id) : null;
        return project?.IsLead(UserId(user)) == true;
    }
}
