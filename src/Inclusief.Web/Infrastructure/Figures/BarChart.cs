namespace Inclusief.Web.Infrastructure.Figures;

/// <summary>
/// The layout of a figure as horizontal bars, one group per row: stacked when the series are parts of one whole,
/// side by side otherwise. Written as SVG by <c>_Figure.cshtml</c>; no script draws it. Bars read from the left on a
/// phone as on a wide screen, and a long label has room, which columns would not give it.
/// </summary>
public sealed class BarChart
{
    // 360 units across, text 13 units high: on a 360-pixel phone the labels stay about 12 pixels.
    public const int Width = 360;
    public const int LabelWidth = 118;
    public const int BarLeft = 124;
    public const int BarSpace = 180;
    public const int BarHeight = 16;
    private const int Gap = 8;
    private const int LegendLine = 18;
    private const int LabelCharacters = 16;

    public sealed record Bar(double X, double Y, double Width, int Series, string Title);

    public sealed record RowLabel(double Y, string Shown, string Full, string? Value, double ValueX);

    public sealed record LegendEntry(double Y, int Series, string Name);

    public IReadOnlyList<Bar> Bars { get; }

    public IReadOnlyList<RowLabel> Labels { get; }

    public IReadOnlyList<LegendEntry> Legend { get; }

    public double Height { get; }

    public BarChart(Figure figure, FigureText text, System.Globalization.CultureInfo culture)
    {
        var cells = figure.Cells(text.SuppressSmall);
        var series = figure.Series.Select(s => text[s]).ToList();
        var legend = figure.Series.Count > 1 ? series.Select((name, s) => new LegendEntry(s * LegendLine + 4, s, name)).ToList() : [];
        var top = legend.Count * LegendLine + (legend.Count > 0 ? 8 : 0);
        var stacked = figure.Stacked || figure.Series.Count == 1;
        var shown = cells.Select(row => row.Select(c => c.Hidden ? 0 : c.Value ?? 0).ToList()).ToList();
        var largest = shown.Select(row => stacked ? row.Sum() : row.DefaultIfEmpty(0).Max()).DefaultIfEmpty(0).Max();
        var scale = largest > 0 ? BarSpace / largest : 0;
        var bars = new List<Bar>();
        var labels = new List<RowLabel>();
        var y = (double)top;
        for (var r = 0; r < figure.Rows.Count; r++)
        {
            var label = text.Label(figure.Rows[r].Label);
            var groupHeight = stacked ? BarHeight : BarHeight * figure.Series.Count;
            var x = (double)BarLeft;
            for (var s = 0; s < figure.Series.Count; s++)
            {
                var width = shown[r][s] * scale;
                var barY = stacked ? y : y + s * BarHeight;
                if (width > 0)
                {
                    bars.Add(new Bar(x, barY, width, s, $"{label}, {series[s]}: {figure.Format(cells[r][s], culture)}"));
                }
                if (stacked)
                {
                    x += width;
                }
                else
                {
                    labels.Add(new RowLabel(barY, s == 0 ? Shorten(label) : "", label, figure.Format(cells[r][s], culture), BarLeft + width + 4));
                }
            }
            if (stacked)
            {
                var value = figure.Series.Count == 1 ? figure.Format(cells[r][0], culture) : RowTotal(figure, cells[r], culture);
                labels.Add(new RowLabel(y, Shorten(label), label, value, x + 4));
            }
            y += groupHeight + Gap;
        }
        Bars = bars;
        Labels = labels;
        Legend = legend;
        Height = Math.Max(y, top + BarHeight);
    }

    /// <summary>A stacked bar's total, unless a hidden part would make it give that part away.</summary>
    private static string? RowTotal(Figure figure, IReadOnlyList<FigureCell> row, System.Globalization.CultureInfo culture) =>
        row.Any(c => c.Hidden) || figure.Unit != FigureUnit.Count ? null : figure.Format(new FigureCell(row.Sum(c => c.Value ?? 0), false), culture);

    private static string Shorten(string label) => label.Length <= LabelCharacters ? label : label[..(LabelCharacters - 1)].TrimEnd() + "…";
}
