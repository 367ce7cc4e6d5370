using Inclusief.Data;
using Inclusief.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Complaints;

/// <summary>
/// Aggregates for advocacy: how many complaints per category, kind of organisation, quarter and outcome, and how
/// long a first response and closure take. Never a narrative. The public sees closed quarters only, with small
/// cells suppressed (see <see cref="Infrastructure.Privacy.SmallCells"/>).
/// </summary>
public sealed class ComplaintSignals(AppDbContext db)
{
    public sealed record Row(string Dimension, string Value, int Count);

    public sealed record Figures(int Total, IReadOnlyList<Row> Rows, double? MedianDaysToFirstResponse, double? MedianDaysToClosure, int Responded, int Closed);

    /// <summary>The figures of every complaint made before the day <paramref name="before"/> (all of them when null).</summary>
    public async Task<Figures> ComputeAsync(DateOnly? before = null)
    {
        var cases = await db.Set<Complaint>().AsNoTracking()
            .Where(c => before == null || c.ReceivedOn < before)
            .Select(c => new { c.Category, c.OrganisationKind, c.ReceivedOn, c.Outcome, c.FirstResponseAt, c.ClosedAt }).ToListAsync();
        var rows = new List<Row>();
        rows.AddRange(cases.GroupBy(c => c.Category).OrderBy(g => g.Key).Select(g => new Row("Categorie", ComplaintLabels.Label(g.Key), g.Count())));
        rows.AddRange(cases.GroupBy(c => c.OrganisationKind).OrderBy(g => g.Key).Select(g => new Row("Soort organisatie", ComplaintLabels.Label(g.Key), g.Count())));
        rows.AddRange(cases.GroupBy(c => Quarter(c.ReceivedOn)).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new Row("Kwartaal", g.Key, g.Count())));
        rows.AddRange(cases.Where(c => c.Outcome is not null).GroupBy(c => c.Outcome!.Value).OrderBy(g => g.Key).Select(g => new Row("Uitkomst", ComplaintStatuses.Label(g.Key), g.Count())));
        var firstResponse = cases.Where(c => c.FirstResponseAt is not null).Select(c => DaysSince(c.ReceivedOn, c.FirstResponseAt!.Value)).ToList();
        var closure = cases.Where(c => c.ClosedAt is not null).Select(c => DaysSince(c.ReceivedOn, c.ClosedAt!.Value)).ToList();
        return new Figures(cases.Count, rows, Median(firstResponse), Median(closure), firstResponse.Count, closure.Count);
    }

    /// <summary>The first day of the programme-local quarter that <paramref name="utc"/> falls in.</summary>
    public static DateOnly FirstDayOfQuarter(DateTime utc)
    {
        var day = ProgrammeTime.DayOf(utc);
        return new DateOnly(day.Year, (day.Month - 1) / 3 * 3 + 1, 1);
    }

    public static string Quarter(DateOnly day) => Infrastructure.Figures.FigureLabel.Quarter(day).Text;

    /// <summary>Whole days from a report's day to a moment: a report keeps its day, not its time.</summary>
    public static double DaysSince(DateOnly day, DateTime utc) => ProgrammeTime.DayOf(utc).DayNumber - day.DayNumber;

    public static double? Median(List<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }
        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
