using AngleSharp.Html.Parser;

namespace Inclusief.Tests.Support;

/// <summary>Follows links the way a visitor does: by what the page renders, never by an address the test types.</summary>
public static class Links
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The <c>href</c> of the first element matching <paramref name="selector"/> (entities already decoded by the parser), or null.</summary>
    public static string? Href(string html, string selector) =>
        Parser.ParseDocument(html).QuerySelector(selector)?.GetAttribute("href");

    /// <summary>Every <c>href</c> on the page, as rendered.</summary>
    public static IReadOnlyList<string> Hrefs(string html) =>
        Parser.ParseDocument(html).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();

    public static async Task<string> FollowLinkAsync(this HttpClient client, string html, string selector) =>
        await client.GetStringAsync(Href(html, selector) ?? throw new InvalidOperationException($"The page renders no link {selector}."));
}
