using Inclusief.Web.Features.Accounts;

namespace Inclusief.Web.Features.Projects;

/// <summary>Who may read a sub-project: the one rule behind <see cref="ProjectAuthorizationHandler"/> and every list of sub-projects.</summary>
public static class SubProjectVisibility
{
    private static readonly AccessRule<SubProject> Read = new((p, userId, coordinator) =>
        coordinator || p.Visibility == Visibility.Public || (userId != null && (p.Visibility == Visibility.Members || p.Members.Any(m => m.UserId == userId))));

    public static IQueryable<SubProject> VisibleTo(this IQueryable<SubProject> projects, string? userId, bool coordinator) =>
        projects.Where(Read.For(userId, coordinator));

    /// <summary>For one sub-project loaded with its work group.</summary>
    public static bool IsVisibleTo(SubProject project, string? userId, bool coordinator) => Read.Allows(project, userId, coordinator);
}
