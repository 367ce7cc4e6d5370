using Markdig;
using Microsoft.AspNetCore.Html;

namespace Inclusief.Web.Infrastructure.Pages;

/// <summary>Markdown written by staff, rendered with raw HTML switched off, so a pasted script stays text.</summary>
public static class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UseAutoLinks().Build();

    public static IHtmlContent Render(string? markdown) => new HtmlString(Markdown.ToHtml(markdown ?? "", Pipeline));
}
