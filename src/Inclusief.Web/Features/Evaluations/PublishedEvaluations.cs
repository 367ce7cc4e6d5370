using Inclusief.Data;
using Inclusief.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Evaluations;

/// <summary>The published evaluation points, newest period first, as the public list and the impact page name them.</summary>
public static class PublishedEvaluations
{
    public sealed record Entry(Guid Id, string Title, DateOnly From, DateOnly To, EvaluationDecision Decision);

    public static Task<List<Entry>> PublishedEvaluationsAsync(this AppDbContext db) =>
        db.Set<ProgrammeEvaluationPoint>().AsNoTracking().Where(e => e.PublishedAt != null && e.Decision != null).OrderByDescending(e => e.To)
            .Select(e => new Entry(e.Id, e.Title, e.From, e.To, e.Decision!.Value)).ToListAsync();
}
