using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Caching.Memory;

namespace Inclusief.Web.Infrastructure.Pages;

/// <summary>
/// Markdown written by staff and authors. Markdig renders it (tables, autolinks, a little inline HTML such as
/// &lt;details&gt;), then HtmlSanitizer keeps only harmless elements: no scripts, event handlers, styles, frames
/// or forms; links only to http(s) and mailto; images only from this site (nothing loads from elsewhere).
/// </summary>
public static class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseAutoLinks().Build();

    public static IHtmlContent Render(string? markdown) => new HtmlString(ToSafeHtml(markdown));

    public static string ToSafeHtml(string? markdown) => Authored.Sanitize(Markdown.ToHtml(markdown ?? "", Pipeline));

    /// <summary>
    /// What a member wrote for others to read (a comment): the same, but without any image, without tables and inline
    /// HTML, and with links marked as user content (<c>ugc</c>), which search engines do not count as the site's own.
    /// </summary>
    public static IHtmlContent RenderContribution(string? markdown)
    {
        var text = markdown ?? "";
        // A thread shows the same comments to every reader, and sanitising is most of a thread page's cost: each text is
        // rendered once and kept a while. Keyed by the text itself, an edited comment is simply a new entry.
        var html = RenderedContributions.GetOrCreate(text, entry =>
        {
            var rendered = Contributed.Sanitize(Markdown.ToHtml(text, ContributionPipeline));
            // Sized in characters, with a little for the entry itself, so many short comments count too.
            entry.SetSize(text.Length + rendered.Length + 64).SetSlidingExpiration(TimeSpan.FromMinutes(10));
            return rendered;
        })!;
        return new HtmlString(html);
    }

    // At most 8 million characters (about 16 MB). Static like the sanitisers: views call SafeMarkdown without services.
    private static readonly MemoryCache RenderedContributions = new(new MemoryCacheOptions { SizeLimit = 8_000_000 });

    private static readonly MarkdownPipeline ContributionPipeline = new MarkdownPipelineBuilder().UseAutoLinks().DisableHtml().Build();

    private static readonly string[] AllowedSchemePrefixes = ["http://", "https://", "mailto:"];

    /// <summary>
    /// A path on this site (or a place on the same page): it starts with one slash and, however it is encoded, never turns into another host
    /// (<c>//host</c>, <c>/\host</c>, <c>\\host</c> and their percent-encoded forms are what browsers read as one).
    /// </summary>
    public static bool IsSitePath(string url)
    {
        var decoded = url.Trim();
        for (var i = 0; i < 3; i++)
        {
            decoded = Uri.UnescapeDataString(decoded);
        }
        return (decoded.StartsWith('#') || (decoded.StartsWith('/') && !decoded.StartsWith("//", StringComparison.Ordinal)))
            && !decoded.Contains('\\', StringComparison.Ordinal) && !decoded.Any(char.IsControl);
    }

    // Configured once and never changed after: Sanitize is thread-safe on a shared instance whose options are left alone
    // (HtmlSanitizer's README). A thread of comments renders dozens per page, and a new sanitiser per call was most of its cost.
    private static readonly HtmlSanitizer Authored = Sanitizer(contribution: false);

    private static readonly HtmlSanitizer Contributed = Sanitizer(contribution: true);

    private static HtmlSanitizer Sanitizer(bool contribution)
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedTags.ExceptWith(["form", "input", "button", "select", "option", "textarea", "style", "font", "center"]);
        if (contribution)
        {
            // No headings either: a comment must not pass for the page's own text ("Deze reactie is verborgen ...").
            sanitizer.AllowedTags.ExceptWith(["img", "picture", "source", "video", "audio", "table", "details", "summary", "h1", "h2", "h3", "h4", "h5", "h6"]);
        }
        sanitizer.AllowedAttributes.ExceptWith(["style", "class", "id", "name", "target"]);
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.UnionWith(["http", "https", "mailto"]);
        sanitizer.FilterUrl += (_, e) =>
        {
            if (e.SanitizedUrl is not { } url)
            {
                return;
            }
            var external = AllowedSchemePrefixes.Any(p => url.StartsWith(p, StringComparison.OrdinalIgnoreCase));
            var image = e.Tag.TagName.Equals("IMG", StringComparison.OrdinalIgnoreCase);
            // Links may leave for http(s) and mailto; anything else must stay on this site, and an image must come
            // from the image bank (an image of another page of the site would make every reader's browser open it).
            if ((external && image) || (!external && !IsSitePath(url)) || (image && !Uri.UnescapeDataString(url).StartsWith("/ImageBank/Image/", StringComparison.Ordinal)))
            {
                e.SanitizedUrl = null;
            }
        };
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { TagName: "A" } link)
            {
                link.SetAttribute("rel", contribution ? "nofollow ugc noopener noreferrer" : "nofollow noopener noreferrer");
            }
        };
        return sanitizer;
    }
}
