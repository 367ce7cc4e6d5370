using System.Net;
using System.Text;
using Inclusief.Data;
using Inclusief.Web.Features.Events;
using Inclusief.Web.Features.Knowledge;
using Inclusief.Web.Features.Projects;
using Inclusief.Web.Infrastructure.Email;
using Inclusief.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Newsletter;

/// <summary>An edition as a mail (text and HTML) and as a web page: the introduction, then the chosen events and results with links.</summary>
public sealed class EditionContent(AppDbContext db)
{
    public sealed record Item(string Title, string Line, string Url);

    public async Task<IReadOnlyList<Item>> ItemsAsync(NewsletterEdition edition, string siteUrl)
    {
        var eventIds = edition.EventList.ToList();
        var resultIds = edition.ResultList.ToList();
        var events = await db.PublicEvents().Where(e => eventIds.Contains(e.Id)).OrderBy(e => e.StartsAt).ToListAsync();
        var knowledgeIds = edition.KnowledgeList.ToList();
        var knowledge = await db.PublishedItems().Where(i => knowledgeIds.Contains(i.Id))
            .OrderByDescending(i => i.PublishedAt).Select(i => new { i.Id, i.Title, i.Summary }).ToListAsync();
        var results = await db.PublishedResults().Where(r => resultIds.Contains(r.Id)).ToListAsync();
        return events.Select(e => new Item(e.Title, ProgrammeTime.Format(e.StartsAt, Cultures.Dutch) + (e.Venue is null ? "" : " · " + e.Venue), $"{siteUrl}/Events/Details/{e.Id}"))
            .Concat(knowledge.Select(k => new Item(k.Title, Shorten(k.Summary), $"{siteUrl}/Knowledge/Item/{k.Id}")))
            .Concat(results.Select(r => new Item(r.Title, Shorten(r.Summary), $"{siteUrl}/Projects/Results")))
            .ToList();
    }

    private static string Shorten(string text) => text.Length > 200 ? text[..200] + "…" : text;

    public static MailMessage Mail(NewsletterEdition edition, IReadOnlyList<Item> items, string to)
    {
        var text = new StringBuilder().AppendLine(edition.Title).AppendLine().AppendLine(edition.Intro).AppendLine();
        var html = new StringBuilder("<!doctype html><html lang=\"nl\"><body style=\"font-family:sans-serif;line-height:1.5\">")
            .Append("<h1>").Append(WebUtility.HtmlEncode(edition.Title)).Append("</h1>");
        foreach (var paragraph in edition.Intro.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(paragraph.Trim())).Append("</p>");
        }
        foreach (var item in items)
        {
            text.AppendLine(item.Title).AppendLine(item.Line).AppendLine(item.Url).AppendLine();
            html.Append("<h2><a href=\"").Append(WebUtility.HtmlEncode(item.Url)).Append("\">").Append(WebUtility.HtmlEncode(item.Title)).Append("</a></h2><p>")
                .Append(WebUtility.HtmlEncode(item.Line)).Append("</p>");
        }
        html.Append("</body></html>");
        return new MailMessage(to, edition.Title, text.ToString(), html.ToString());
    }
}
