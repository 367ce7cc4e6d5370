namespace Inclusief.Web.Infrastructure.Figures;

/// <summary>What <c>_Figure.cshtml</c> shows: the figure, in the reader's words, with its downloads (none in print).</summary>
public sealed record FigureView(Figure Figure, FigureText Text, string? CsvUrl = null, string? SpreadsheetUrl = null, string HeadingLevel = "h2", string? Scope = null)
{
    /// <summary>Unique on the page, also where the same figure is shown for several years (<see cref="Scope"/>).</summary>
    public string Id => Scope is null ? $"figure-{Figure.Key}" : $"figure-{Scope}-{Figure.Key}";
}
