using Inclusief.Web.Infrastructure.Security;
using System.Globalization;
using System.Text;
using System.Xml;
using Inclusief.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Knowledge;

/// <summary>An Atom feed (RFC 4287) of the 50 newest public items, for feed readers and for other sites to follow.</summary>
[AllowAnonymous]
public sealed class FeedModel(AppDbContext db, PublicAddress site) : PageModel
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    public async Task<IActionResult> OnGetAsync()
    {
        var items = await db.PublishedItems()
            .OrderByDescending(i => i.PublishedAt).ThenByDescending(i => i.Id).Take(50)
            .Select(i => new { i.Id, i.Title, i.Summary, i.AuthorName, i.Kind, i.Language, i.PublishedAt, i.UpdatedAt }).ToListAsync();
        var self = site.Page(Url, "Feed", null, null);
        var home = site.Page(Url, "Index", null, null);
        var builder = new StringBuilder();
        using (var xml = XmlWriter.Create(builder, new XmlWriterSettings { Indent = true, Async = true }))
        {
            await xml.WriteStartDocumentAsync();
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, "nl");
            xml.WriteElementString("title", Atom, "Kennisbank – Inclusief samenwerken in de stad");
            xml.WriteElementString("id", Atom, home);
            xml.WriteElementString("updated", Atom, Stamp(items.Count == 0 ? DateTime.UnixEpoch : items.Max(i => i.UpdatedAt)));
            Link(xml, "self", self, "application/atom+xml");
            Link(xml, "alternate", home, "text/html");
            foreach (var item in items)
            {
                var url = site.Page(Url, "Item", null, new { id = item.Id });
                xml.WriteStartElement("entry", Atom);
                xml.WriteAttributeString("xml", "lang", null, item.Language);
                xml.WriteElementString("title", Atom, item.Title);
                xml.WriteElementString("id", Atom, url);
                xml.WriteElementString("published", Atom, Stamp(item.PublishedAt ?? item.UpdatedAt));
                xml.WriteElementString("updated", Atom, Stamp(item.UpdatedAt));
                xml.WriteStartElement("author", Atom);
                xml.WriteElementString("name", Atom, item.AuthorName);
                xml.WriteEndElement();
                xml.WriteStartElement("category", Atom);
                xml.WriteAttributeString("term", item.Kind.ToString());
                xml.WriteEndElement();
                Link(xml, "alternate", url, "text/html");
                xml.WriteElementString("summary", Atom, item.Summary);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return Content(builder.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal), "application/atom+xml; charset=utf-8");
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteAttributeString("type", type);
        xml.WriteEndElement();
    }

    private static string Stamp(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
