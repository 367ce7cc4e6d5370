namespace Inclusief.Web.Features.Projects;

/// <summary>The one query form of the Read rule in <see cref="ProjectAuthorizationHandler"/>, for lists.</summary>
public static class SubProjectVisibility
{
    public static IQueryable<SubProject> VisibleTo(this IQueryable<SubProject> projects, string? userId, bool coordinator) =>
        coordinator ? projects
        : userId is null ? projects.Where(p => p.Visibility == Visibility.Public)
        : projects.Where(p => p.Visibility != Visibility.WorkGroup || p.Members.Any(m => m.UserId == userId));
}
