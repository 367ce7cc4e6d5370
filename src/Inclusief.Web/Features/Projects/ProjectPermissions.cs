using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Inclusief.Web.Features.Projects;

public static class ProjectPermissions
{
    /// <summary>Coordinators (with a two-factor sign-in) see every sub-project, whatever its visibility.</summary>
    public const string Oversee = "Projects.Oversee";

    /// <summary>Reading, according to the sub-project's visibility.</summary>
    public static readonly OperationAuthorizationRequirement Read = new() { Name = nameof(Read) };

    /// <summary>Actions, meetings, milestones and updates: the work group and coordinators.</summary>
    public static readonly OperationAuthorizationRequirement Contribute = new() { Name = nameof(Contribute) };

    /// <summary>Settings, work group, results and evaluation: leads and coordinators.</summary>
    public static readonly OperationAuthorizationRequirement Manage = new() { Name = nameof(Manage) };
}
