using Inclusief.Data;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Projects;

/// <summary>What the sub-projects feature offers other features to link to: public sub-projects and their published results.</summary>
public static class ProjectCatalogue
{
    public static IQueryable<SubProject> PublicProjects(this AppDbContext db) =>
        db.Set<SubProject>().AsNoTracking().VisibleTo(userId: null, coordinator: false);

    public static IQueryable<ProjectResult> PublishedResults(this AppDbContext db) =>
        db.Set<ProjectResult>().AsNoTracking().Where(r => r.PublishedAt != null && db.PublicProjects().Any(p => p.Id == r.SubProjectId));
}
