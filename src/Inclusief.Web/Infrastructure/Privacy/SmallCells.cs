using System.Globalization;

namespace Inclusief.Web.Infrastructure.Privacy;

/// <summary>
/// Small-cell suppression for figures that could point at a person: a count below five is shown as "&lt; 5", and
/// when only one cell of a column is hidden, the next smallest is hidden too, so the column total does not give it
/// away by subtraction.
/// </summary>
public static class SmallCells
{
    public const int Smallest = 5;

    public const string Hidden = "< 5";

    public static string Shown(int count) => count < Smallest ? Hidden : count.ToString(CultureInfo.InvariantCulture);

    /// <summary>The cells of one column as they may be shown, given that the column's total is shown as well.</summary>
    public static IReadOnlyList<string> Column(IReadOnlyList<int> counts)
    {
        var hidden = HiddenInColumn(counts);
        return counts.Select((c, i) => hidden[i] ? Hidden : c.ToString(CultureInfo.InvariantCulture)).ToList();
    }

    /// <summary>Which cells of one column are hidden: those under five, and the next smallest when one alone would be.</summary>
    public static bool[] HiddenInColumn(IReadOnlyList<int> counts)
    {
        var hidden = counts.Select(c => c < Smallest).ToArray();
        if (hidden.Count(h => h) == 1 && counts.Count > 1)
        {
            var complement = Enumerable.Range(0, counts.Count).Where(i => !hidden[i]).OrderBy(i => counts[i]).First();
            hidden[complement] = true;
        }
        return hidden;
    }
}
