using Inclusief.Data;
using Inclusief.Web.Features.Events;
using Inclusief.Web.Features.Knowledge;
using Inclusief.Web.Features.Organisations;
using Inclusief.Web.Features.Projects;
using Inclusief.Web.Features.Research;
using Inclusief.Web.Features.Students;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Agenda;

/// <summary>
/// What the agenda is made of: the work a line may name (only what the public may see, since the agenda is public;
/// trajectories by title), the snapshot a version publishes, and what flowed into education from a version's work.
/// </summary>
public sealed class AgendaDesk(AppDbContext db)
{
    public sealed record Choice(AgendaWorkKind Kind, string TargetId, string Title);

    /// <summary>The programme lines as the coordinators are writing them, in order, with their commitments and work.</summary>
    public Task<List<AgendaLine>> LinesAsync() =>
        db.Set<AgendaLine>().Include(l => l.Commitments).Include(l => l.Work).OrderBy(l => l.Position).ThenBy(l => l.Title).AsSplitQuery().ToListAsync();

    /// <summary>How the public agenda names a trajectory: its page and title are for facilitators only, as on the students' pages.</summary>
    public const string TrajectoryName = "Een actieonderzoekstraject";

    /// <summary>
    /// Everything a line may name, by kind: public sub-projects, trajectories (named publicly by <see cref="TrajectoryName"/>
    /// only), public knowledge items and public events. The title is what the coordinators see.
    /// </summary>
    public async Task<IReadOnlyList<Choice>> ChoicesAsync()
    {
        var projects = await db.PublicProjects().OrderBy(p => p.Title).Select(p => new { p.Id, p.Title }).ToListAsync();
        var trajectories = await db.Set<Trajectory>().AsNoTracking().OrderBy(t => t.Title).Select(t => new { t.Id, t.Title }).ToListAsync();
        var items = await db.PublishedItems().OrderBy(i => i.Title).Select(i => new { i.Id, i.Title }).ToListAsync();
        var events = await db.PublicEvents().Where(e => !e.IsCancelled).OrderByDescending(e => e.StartsAt).Select(e => new { e.Id, e.Title }).ToListAsync();
        return
        [
            .. projects.Select(p => new Choice(AgendaWorkKind.SubProject, p.Id.ToString(), p.Title)),
            .. trajectories.Select(t => new Choice(AgendaWorkKind.Trajectory, t.Id.ToString(), t.Title)),
            .. items.Select(i => new Choice(AgendaWorkKind.KnowledgeItem, i.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), i.Title)),
            .. events.Select(e => new Choice(AgendaWorkKind.Event, e.Id.ToString(), e.Title)),
        ];
    }

    /// <summary>
    /// Of the work named by <paramref name="keys"/>, what the public may see today, with its title (a trajectory by
    /// <see cref="TrajectoryName"/>). It reads only those rows: the public agenda asks on every visit.
    /// </summary>
    public async Task<IReadOnlyDictionary<(AgendaWorkKind Kind, string TargetId), string>> PublicTitlesAsync(IEnumerable<(AgendaWorkKind Kind, string TargetId)> keys)
    {
        var wanted = keys.ToLookup(k => k.Kind, k => k.TargetId);
        List<Guid> Guids(AgendaWorkKind kind) => [.. wanted[kind].Select(id => Guid.TryParse(id, out var g) ? g : Guid.Empty)];
        var projects = Guids(AgendaWorkKind.SubProject);
        var trajectories = Guids(AgendaWorkKind.Trajectory);
        var events = Guids(AgendaWorkKind.Event);
        var items = wanted[AgendaWorkKind.KnowledgeItem].Select(id => int.TryParse(id, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0).ToList();
        var titles = new Dictionary<(AgendaWorkKind, string), string>();
        foreach (var p in await db.PublicProjects().Where(p => projects.Contains(p.Id)).Select(p => new { p.Id, p.Title }).ToListAsync())
        {
            titles[(AgendaWorkKind.SubProject, p.Id.ToString())] = p.Title;
        }
        foreach (var t in await db.Set<Trajectory>().AsNoTracking().Where(t => trajectories.Contains(t.Id)).Select(t => t.Id).ToListAsync())
        {
            titles[(AgendaWorkKind.Trajectory, t.ToString())] = TrajectoryName;
        }
        foreach (var i in await db.PublishedItems().Where(i => items.Contains(i.Id)).Select(i => new { i.Id, i.Title }).ToListAsync())
        {
            titles[(AgendaWorkKind.KnowledgeItem, i.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))] = i.Title;
        }
        foreach (var e in await db.PublicEvents().Where(e => !e.IsCancelled && events.Contains(e.Id)).Select(e => new { e.Id, e.Title }).ToListAsync())
        {
            titles[(AgendaWorkKind.Event, e.Id.ToString())] = e.Title;
        }
        return titles;
    }

    /// <summary>
    /// The lines as they are now, with partners' names and the work's titles (a trajectory by
    /// <see cref="TrajectoryName"/>). Work that is no longer public (a sub-project made members-only, an item
    /// withdrawn) is left out: the snapshot is public.
    /// </summary>
    public async Task<AgendaSnapshot> SnapshotAsync()
    {
        var lines = await LinesAsync();
        var organisations = await db.Set<Organisation>().AsNoTracking().Select(o => new { o.Id, o.Name }).ToDictionaryAsync(o => o.Id, o => o.Name);
        var titles = await PublicTitlesAsync(lines.SelectMany(l => l.Work).Select(w => (w.Kind, w.TargetId)));
        return new AgendaSnapshot([.. lines.Select(l => new AgendaSnapshot.Line(l.Title, l.Description, AgendaLine.Items(l.Questions), AgendaLine.Items(l.ResultsWanted),
            [.. l.Commitments.Where(c => organisations.ContainsKey(c.OrganisationId)).Select(c => new AgendaSnapshot.Commitment(organisations[c.OrganisationId], c.Contribution))
                .OrderBy(c => c.Organisation, StringComparer.OrdinalIgnoreCase)],
            [.. l.Work.Where(w => titles.ContainsKey((w.Kind, w.TargetId)))
                .Select(w => new AgendaSnapshot.Work(w.Kind, w.TargetId, titles[(w.Kind, w.TargetId)], w.O))
                .OrderBy(w => w.O).ThenBy(w => w.Title, StringComparer.OrdinalIgnoreCase)]))]);
    }

    /// <summary>A finished assignment as the agenda names it: what it was, and its product when that is still public.</summary>
    public sealed record Finished(Guid Id, string Title, AssignmentKind Kind, int? ProductItemId, string? ProductTitle);

    /// <summary>
    /// What flowed into education: per line (in the snapshot's order), the finished assignments of its sub-projects and
    /// trajectories; overall, modules, students and theses.
    /// </summary>
    public sealed record Education(IReadOnlyList<IReadOnlyList<Finished>> PerLine, int TeachingModules, int Students, int Theses);

    public async Task<Education> EducationAsync(AgendaSnapshot snapshot)
    {
        var completed = await db.Set<Assignment>().AsNoTracking().Where(a => a.Status == AssignmentStatus.Completed)
            .Select(a => new { a.Id, a.Title, a.Kind, a.SubProjectId, a.TrajectoryId, a.ProductItemId }).ToListAsync();
        var productIds = completed.Where(a => a.ProductItemId is not null).Select(a => a.ProductItemId!.Value).ToList();
        var products = await db.PublishedItems().Where(i => productIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Title);
        var perLine = snapshot.Lines.Select(l =>
        {
            var origins = l.Work.Where(w => w.Kind is AgendaWorkKind.SubProject or AgendaWorkKind.Trajectory).Select(w => w.TargetId).ToHashSet();
            return (IReadOnlyList<Finished>)[.. completed.Where(a => origins.Contains(a.SubProjectId?.ToString() ?? "") || origins.Contains(a.TrajectoryId?.ToString() ?? ""))
                .Select(a => new Finished(a.Id, a.Title, a.Kind, a.ProductItemId is { } p && products.ContainsKey(p) ? p : null, a.ProductItemId is { } q ? products.GetValueOrDefault(q) : null))];
        }).ToList();
        var students = await db.Set<AssignmentApplication>().Where(a => a.Status == ApplicationStatus.Accepted).Select(a => a.UserId).Distinct().CountAsync();
        return new Education(perLine, await db.PublishedItems().CountAsync(i => i.Kind == KnowledgeKind.TeachingModule), students,
            completed.Count(a => a.Kind == AssignmentKind.GraduationResearch));
    }
}
