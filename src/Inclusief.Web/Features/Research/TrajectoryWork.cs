using Inclusief.Data;
using Inclusief.Web.Features.Municipalities;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Research;

/// <summary>Everything recorded in one trajectory, with the themes counted: how many contributions and how many groups share each.</summary>
public sealed record TrajectoryWork(Trajectory Trajectory, string? MunicipalityName, IReadOnlyList<Contribution> Contributions, IReadOnlyList<ResearchAction> Actions, IReadOnlyList<ResearchMeeting> Meetings)
{
    public sealed record Theme(string Name, int Contributions, int Groups);

    public IReadOnlyList<Theme> Themes =>
        Contributions.SelectMany(c => c.ThemeList.Select(t => (Theme: t, c.Group)))
            .GroupBy(x => x.Theme, StringComparer.OrdinalIgnoreCase)
            .Select(g => new Theme(g.First().Theme, g.Count(), g.Select(x => x.Group).Distinct().Count()))
            .OrderByDescending(t => t.Groups).ThenByDescending(t => t.Contributions).ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToList();

    public static async Task<TrajectoryWork?> LoadAsync(AppDbContext db, Guid id, bool tracked = false)
    {
        var trajectories = tracked ? db.Set<Trajectory>() : db.Set<Trajectory>().AsNoTracking();
        if (await trajectories.SingleOrDefaultAsync(t => t.Id == id) is not { } trajectory)
        {
            return null;
        }
        IQueryable<T> Of<T>() where T : class => tracked ? db.Set<T>() : db.Set<T>().AsNoTracking();
        var municipality = trajectory.MunicipalityCode is { } code ? await db.Set<Municipality>().AsNoTracking().FirstOrDefaultAsync(m => m.Code == code) : null;
        return new TrajectoryWork(trajectory, municipality?.DisplayName ?? trajectory.MunicipalityCode,
            await Of<Contribution>().Where(c => c.TrajectoryId == id).OrderBy(c => c.CreatedAt).ToListAsync(),
            await Of<ResearchAction>().Where(a => a.TrajectoryId == id).OrderBy(a => a.DueOn).ToListAsync(),
            await Of<ResearchMeeting>().Where(m => m.TrajectoryId == id).OrderBy(m => m.HeldOn).ToListAsync());
    }
}
