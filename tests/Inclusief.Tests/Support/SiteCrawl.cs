using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Inclusief.Tests.Support;

/// <summary>The pages a visitor reaches by following links from the home page, as the browser would.</summary>
public static class SiteCrawl
{
    private static readonly HtmlParser Parser = new();

    public sealed record Page(string Url, string From, int Status, string? Html, IDocument? Document);

    /// <summary>Every page reached (also those answering an error), each once, in the order found.</summary>
    public static async IAsyncEnumerable<Page> CrawlAsync(this HttpClient browser, int maxPages, string start = "/")
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var queue = new Queue<(string Url, string From)>([(start, "(start)")]);
        var visited = 0;
        while (queue.TryDequeue(out var next) && visited++ < maxPages)
        {
            var (url, from) = next;
            var response = await browser.GetAsync(url);
            if ((int)response.StatusCode != 200 || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                yield return new Page(url, from, (int)response.StatusCode, null, null);
                continue;
            }
            var html = await response.Content.ReadAsStringAsync();
            var document = Parser.ParseDocument(html);
            foreach (var href in document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!.Trim()))
            {
                if (Local(href) is { } local && seen.Add(local))
                {
                    queue.Enqueue((local, url));
                }
            }
            yield return new Page(url, from, 200, html, document);
        }
    }

    // Same-site paths only; fragments dropped; the quick-exit link and other sites left alone.
    public static string? Local(string href)
    {
        if (href.StartsWith('#') || href.StartsWith("mailto:", StringComparison.Ordinal) || href.StartsWith("tel:", StringComparison.Ordinal))
        {
            return null;
        }
        if (href.StartsWith("http://localhost/", StringComparison.Ordinal))
        {
            href = href["http://localhost".Length..];
        }
        if (!href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }
        var hash = href.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? href : href[..hash];
    }
}
