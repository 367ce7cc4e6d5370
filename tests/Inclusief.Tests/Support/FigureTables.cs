using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Inclusief.Tests.Support;

/// <summary>A figure as the page renders it (<c>_Figure.cshtml</c>).</summary>
public static class FigureTables
{
    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>The figure's table as text: each row's cells joined by " | ", the header first, the total last.</summary>
    public static List<string> Table(IDocument page, string figure) =>
        [.. page.QuerySelectorAll($"#figure-{figure} table tr").Select(row => string.Join(" | ", row.Children.Select(c => c.TextContent.Trim())))];

    public static string Summary(IDocument page, string figure) => page.QuerySelector($"#figure-{figure} .figure-summary")!.TextContent;
}
