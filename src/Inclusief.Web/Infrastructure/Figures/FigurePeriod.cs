using System.Linq.Expressions;
using Inclusief.Web.Infrastructure.Localization;

namespace Inclusief.Web.Infrastructure.Figures;

/// <summary>
/// The days a set of figures covers, both included, in programme time. Over time they are counted per month, or
/// per quarter when asked (<paramref name="Quarterly"/>: public figures, where a month holds too few to show) or
/// when the period is longer than two years (a chart of more than 24 bars says little on a phone).
/// </summary>
public sealed record FigurePeriod(DateOnly From, DateOnly To, bool Quarterly = false)
{
    public const int LongestInYears = 10;

    public DateTime StartUtc => ProgrammeTime.StartOf(From);

    /// <summary>The first moment after the period.</summary>
    public DateTime EndUtc => ProgrammeTime.StartOf(To.AddDays(1));

    public bool ByQuarter => Quarterly || (To.Year - From.Year) * 12 + To.Month - From.Month >= 24;

    public static FigurePeriod Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), Quarterly: true);

    public bool Contains(DateOnly day) => From <= day && day <= To;

    /// <summary>The first day of each month (or quarter) in the period; the first is the period's own first day.</summary>
    public IReadOnlyList<DateOnly> BucketStarts() => Starts(ByQuarter);

    /// <summary>The first day of each quarter in the period, for figures always counted per quarter.</summary>
    public IReadOnlyList<DateOnly> QuarterStarts() => Starts(true);

    private List<DateOnly> Starts(bool quarters)
    {
        var step = quarters ? 3 : 1;
        var starts = new List<DateOnly> { From };
        var next = new DateOnly(From.Year, quarters ? (From.Month - 1) / 3 * 3 + 1 : From.Month, 1).AddMonths(step);
        for (; next <= To; next = next.AddMonths(step))
        {
            starts.Add(next);
        }
        return starts;
    }

    /// <summary>How a bucket is named: its month, or its quarter.</summary>
    public FigureLabel BucketLabel(DateOnly start) => ByQuarter ? FigureLabel.Quarter(start) : FigureLabel.Month(start);

    public IReadOnlyList<DateTime> BucketStartsUtc() => [.. BucketStarts().Select(ProgrammeTime.StartOf)];

    /// <summary>
    /// The number of the bucket a value falls in, as an expression the database computes (a CASE over the buckets'
    /// first moments), so a figure over time is one grouped query, counted in programme time, not in UTC months.
    /// Values before the first bucket fall in it: filter on the period first.
    /// </summary>
    public static Expression<Func<T, int>> BucketOf<T, TValue>(Expression<Func<T, TValue>> value, IReadOnlyList<TValue> starts)
    {
        Expression index = Expression.Constant(starts.Count - 1);
        for (var i = starts.Count - 1; i >= 1; i--)
        {
            index = Expression.Condition(Expression.LessThan(value.Body, Expression.Constant(starts[i], typeof(TValue))), Expression.Constant(i - 1), index);
        }
        return Expression.Lambda<Func<T, int>>(index, value.Parameters);
    }
}
