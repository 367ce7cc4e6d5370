using Inclusief.Data;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Research;

/// <summary>What action research offers other features: a trajectory's title and question, to plan a focus group as an event.</summary>
public static class ResearchCatalogue
{
    public sealed record TrajectoryHeading(Guid Id, string Title, string Question);

    public static Task<TrajectoryHeading?> TrajectoryHeadingAsync(this AppDbContext db, Guid id) =>
        db.Set<Trajectory>().AsNoTracking().Where(t => t.Id == id).Select(t => new TrajectoryHeading(t.Id, t.Title, t.Question)).SingleOrDefaultAsync();
}
