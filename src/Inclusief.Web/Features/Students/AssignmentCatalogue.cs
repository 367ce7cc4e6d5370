using Inclusief.Data;
using Inclusief.Web.Features.Knowledge;
using Inclusief.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Students;

/// <summary>
/// What the public lists and pages say about assignments: the origin named only where everyone may see it (a
/// public sub-project), the product only where the reader may read it.
/// </summary>
public static class AssignmentCatalogue
{
    /// <summary>Assignments anyone may see: every one but those that were cancelled.</summary>
    public static IQueryable<Assignment> ShownAssignments(this AppDbContext db) =>
        db.Set<Assignment>().AsNoTracking().Where(a => a.Status != AssignmentStatus.Cancelled);

    public sealed record Origin(string Kind, Guid? PublicProjectId, string? PublicProjectTitle);

    public static async Task<Origin> OriginAsync(this AppDbContext db, Assignment assignment)
    {
        if (assignment.SubProjectId is { } id)
        {
            var project = await db.PublicProjects().Where(p => p.Id == id).Select(p => new { p.Id, p.Title }).SingleOrDefaultAsync();
            return new Origin("Een deelproject", project?.Id, project?.Title);
        }
        return new Origin(assignment.IdeaId is not null ? "Een onderzoeksvraag" : assignment.TrajectoryId is not null ? "Een actieonderzoekstraject" : "Het programma", null, null);
    }

    /// <summary>The products the reader may open, by item: (id, title).</summary>
    public static async Task<IReadOnlyDictionary<int, string>> ProductsAsync(this AppDbContext db, IEnumerable<int?> itemIds, bool forMembers)
    {
        var ids = itemIds.OfType<int>().Distinct().ToList();
        return ids.Count == 0 ? new Dictionary<int, string>()
            : await db.PublishedItems(forMembers).Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Title);
    }
}
