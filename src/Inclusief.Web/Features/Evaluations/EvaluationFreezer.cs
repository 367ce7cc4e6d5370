using Inclusief.Data;
using Inclusief.Web.Features.Events;
using Inclusief.Web.Features.Feedback;
using Inclusief.Web.Features.Monitoring;
using Inclusief.Web.Infrastructure.Figures;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Evaluations;

/// <summary>
/// What an evaluation point holds of its period: the figures and what participants were told, frozen for the
/// coordinators; and what partners and the public read of it, as it is today.
/// </summary>
public sealed class EvaluationFreezer(AppDbContext db, MonitoringFigures figures)
{
    public async Task<ProgrammeEvaluationPoint.Frozen> FreezeAsync(DateOnly from, DateOnly to)
    {
        var period = new FigurePeriod(from, to);
        return new ProgrammeEvaluationPoint.Frozen(FrozenFigures.Write(await figures.ComputeAsync(period, null, fullDetail: true)), await SourcesAsync(period));
    }

    /// <summary>The impact page's figures of each calendar year in the period that has ended, oldest first: the same numbers, so nothing subtracts.</summary>
    public async Task<IReadOnlyList<(int Year, IReadOnlyList<Figure> Figures)>> PublicYearsAsync(ProgrammeEvaluationPoint evaluation)
    {
        var years = new List<(int, IReadOnlyList<Figure>)>();
        foreach (var year in (await figures.ClosedYearsAsync()).Where(y => evaluation.From <= new DateOnly(y, 1, 1) && new DateOnly(y, 12, 31) <= evaluation.To).Order())
        {
            years.Add((year, await figures.PublicAsync(FigurePeriod.Year(year))));
        }
        return years;
    }

    /// <summary>
    /// The quoted write-ups of events that are public today, as their pages show them today: one corrected or
    /// withdrawn since is corrected or withdrawn here too.
    /// </summary>
    public async Task<IReadOnlyList<EvaluationSource>> PublicSourcesAsync(ProgrammeEvaluationPoint evaluation)
    {
        var quoted = evaluation.SourceList().Where(s => s.Included && s.Kind == EvaluationSource.EventKind).ToList();
        var ids = quoted.Select(s => Guid.TryParse(s.Id, out var id) ? id : Guid.Empty).ToList();
        var today = await db.Set<Event>().AsNoTracking()
            .Where(e => ids.Contains(e.Id) && e.PublishedAt != null && !e.IsCancelled && e.Audience == EventAudience.Public && e.WriteUpPublishedAt != null)
            .Select(e => new { e.Id, e.Title, e.Impression, e.Agreements }).ToDictionaryAsync(e => e.Id.ToString());
        return [.. quoted.Where(s => today.ContainsKey(s.Id)).Select(s => s with { Title = today[s.Id].Title, Text = WriteUp(today[s.Id].Impression, today[s.Id].Agreements), IsPublic = true })];
    }

    private static string WriteUp(string? impression, string? agreements) =>
        string.Join("\n\n", new[] { impression, agreements }.Where(t => !string.IsNullOrWhiteSpace(t)));

    private async Task<IReadOnlyList<EvaluationSource>> SourcesAsync(FigurePeriod period)
    {
        var responses = await db.Set<FeedbackRound>().AsNoTracking()
            .Where(r => r.ResponsePublishedAt >= period.StartUtc && r.ResponsePublishedAt < period.EndUtc && r.Response != null)
            .Select(r => new { r.Id, r.Title, On = r.ResponsePublishedAt!.Value, r.Response }).ToListAsync();
        var writeUps = await db.Set<Event>().AsNoTracking()
            .Where(e => e.WriteUpPublishedAt >= period.StartUtc && e.WriteUpPublishedAt < period.EndUtc && e.PublishedAt != null && !e.IsCancelled)
            .Select(e => new { e.Id, e.Title, On = e.WriteUpPublishedAt!.Value, e.Impression, e.Agreements, e.Audience }).ToListAsync();
        IEnumerable<EvaluationSource> sources =
        [
            .. responses.Select(r => new EvaluationSource(EvaluationSource.FeedbackKind, r.Id.ToString(), r.Title, r.On, r.Response!, IsPublic: false)),
            .. writeUps.Select(e => new EvaluationSource(EvaluationSource.EventKind, e.Id.ToString(), e.Title, e.On,
                WriteUp(e.Impression, e.Agreements), IsPublic: e.Audience == EventAudience.Public)),
        ];
        return [.. sources.OrderBy(s => s.On)];
    }
}
