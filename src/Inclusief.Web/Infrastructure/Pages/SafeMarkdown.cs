using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Html;

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

    public static string ToSafeHtml(string? markdown)
    {
        var html = Markdown.ToHtml(markdown ?? "", Pipeline);
        return Sanitizer().Sanitize(html);
    }

    /// <summary>A sanitiser per call: its option sets are mutable, and a few microseconds are cheaper than a shared mistake.</summary>
    private static HtmlSanitizer Sanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedTags.ExceptWith(["form", "input", "button", "select", "option", "textarea", "style", "font", "center"]);
        sanitizer.AllowedAttributes.ExceptWith(["style", "class", "id", "name", "target"]);
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.UnionWith(["http", "https", "mailto"]);
        sanitizer.FilterUrl += (_, e) =>
        {
            if (e.Tag.TagName.Equals("IMG", StringComparison.OrdinalIgnoreCase) && !(e.OriginalUrl.StartsWith('/') && !e.OriginalUrl.StartsWith("//", StringComparison.Ordinal)))
            {
                e.SanitizedUrl = null;
            }
        };
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { TagName: "A" } link)
            {
                link.SetAttribute("rel", "nofollow noopener noreferrer");
            }
        };
        return sanitizer;
    }
}
