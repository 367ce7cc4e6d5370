using System.Globalization;
using Inclusief.Web.Infrastructure.Privacy;

namespace Inclusief.Web.Infrastructure.Figures;

/// <summary>What a figure's values measure; counts are the only values that can be added up and are suppressed one by one.</summary>
public enum FigureUnit
{
    Count,
    Percent,
    Days,
}

/// <summary>A label: Dutch text translated when shown, or a name or period shown as it is.</summary>
public readonly record struct FigureLabel(string Text, bool Translated)
{
    public static FigureLabel Dutch(string text) => new(text, true);

    public static FigureLabel AsIs(string text) => new(text, false);

    public static FigureLabel Month(DateOnly first) => AsIs(first.ToString("yyyy-MM", CultureInfo.InvariantCulture));

    public static FigureLabel Quarter(DateOnly first) => AsIs(string.Create(CultureInfo.InvariantCulture, $"{first.Year}-K{(first.Month - 1) / 3 + 1}"));
}

/// <summary>
/// One row of a figure. <paramref name="Bases"/> holds, per value, the number of cases a median or rate was taken
/// over: a value resting on fewer than five is hidden where small cells are.
/// </summary>
public sealed record FigureRow(FigureLabel Label, IReadOnlyList<double?> Values, IReadOnlyList<int>? Bases = null);

/// <summary>A share in a sentence, shown as a percentage; hidden where small cells are when either count is under five.</summary>
public readonly record struct FigureRate(int Part, int Whole);

/// <summary>
/// A sentence with its values: the Dutch text is translated, then filled in. An <see cref="int"/> value is a count
/// and is hidden like a small cell; a <see cref="FigureLabel"/> is translated when it is Dutch.
/// Where small numbers are hidden, <see cref="WhenSmall"/> stands instead when a count in the sentence is under five
/// or the sentence has none (it says "none"): a sentence that names the most common category of two complaints, or
/// says there were none, tells what the hidden cells hide.
/// </summary>
public sealed record FigureSentence(string Text, params object[] Values)
{
    public FigureSentence? WhenSmall { get; init; }
}

/// <summary>A cell as it may be shown: its value, or hidden because it is a small count.</summary>
public readonly record struct FigureCell(double? Value, bool Hidden);

/// <summary>
/// A figure of the programme: rows (a period, a status, a kind) by series, with the sentence that says what it
/// shows. The monitoring, the evaluation and the public impact page draw and download it the same way.
/// </summary>
public sealed record Figure(
    string Key,
    string Title,
    FigureSentence Summary,
    string RowHeader,
    IReadOnlyList<string> Series,
    IReadOnlyList<FigureRow> Rows,
    FigureUnit Unit = FigureUnit.Count,
    bool Stacked = false,
    string? Note = null,
    bool Summable = true)
{
    /// <summary>Counts of parts of one whole get a total; a list of different things (reports, warnings, checks) does not.</summary>
    public bool HasTotal => Unit == FigureUnit.Count && Summable && Rows.Count > 1;

    /// <summary>The total of each series, for counts.</summary>
    public IReadOnlyList<double?> Totals => [.. Series.Select((_, s) => (double?)Rows.Sum(r => r.Values[s] ?? 0))];

    /// <summary>
    /// The rows' cells as they may be shown. With <paramref name="suppressSmall"/>, a count under five is hidden, and
    /// in each series the next smallest too when one alone would be (<see cref="SmallCells.Column"/>); a median or
    /// rate over fewer than five cases is hidden.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<FigureCell>> Cells(bool suppressSmall)
    {
        var cells = Rows.Select(r => r.Values.Select(v => new FigureCell(v, false)).ToArray()).ToArray();
        if (!suppressSmall)
        {
            return cells;
        }
        if (Unit != FigureUnit.Count)
        {
            return [.. Rows.Select(r => r.Values.Select((v, s) => new FigureCell(v, v is not null && (r.Bases?[s] ?? 0) < SmallCells.Smallest)).ToArray())];
        }
        for (var s = 0; s < Series.Count; s++)
        {
            var present = Enumerable.Range(0, Rows.Count).Where(r => Rows[r].Values[s] is not null).ToList();
            var hidden = SmallCells.HiddenInColumn([.. present.Select(r => (int)Rows[r].Values[s]!.Value)]);
            for (var i = 0; i < present.Count; i++)
            {
                cells[present[i]][s] = cells[present[i]][s] with { Hidden = hidden[i] };
            }
        }
        return cells;
    }

    /// <summary>
    /// The totals as they may be shown. Stacked series are parts of one whole whose grand total the sentence
    /// gives, so among their totals too one hidden alone takes the next smallest with it.
    /// </summary>
    public IReadOnlyList<FigureCell> TotalCells(bool suppressSmall)
    {
        var totals = Totals.Select(t => (int)(t ?? 0)).ToList();
        var hidden = !suppressSmall ? new bool[totals.Count]
            : Stacked ? SmallCells.HiddenInColumn(totals)
            : [.. totals.Select(t => t < SmallCells.Smallest)];
        return [.. totals.Select((t, s) => new FigureCell(t, hidden[s]))];
    }

    /// <summary>A value as text in <paramref name="culture"/>: a count whole, days with one decimal, a rate in percent.</summary>
    public string Format(FigureCell cell, CultureInfo culture) => cell switch
    {
        { Hidden: true } => SmallCells.Hidden,
        { Value: null } => "–",
        _ => Unit switch
        {
            FigureUnit.Days => cell.Value.Value.ToString("0.0", culture),
            FigureUnit.Percent => cell.Value.Value.ToString("0", culture) + " %",
            _ => cell.Value.Value.ToString("#,0", culture),
        },
    };
}
