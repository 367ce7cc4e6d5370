using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.Localization;

namespace Inclusief.Web.Infrastructure.Email;

/// <summary>
/// Composes a mail in the recipient's language from localized strings: a greeting, paragraphs and an
/// optional call to action, as plain text and as simple HTML.
/// </summary>
public sealed class MailTemplate(IStringLocalizer<SharedResource> localizer)
{
    /// <summary>One text in the recipient's language, for parts of a mail (an attachment, an argument).</summary>
    public string Localize(string culture, string key)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return localizer[key];
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    public MailMessage Compose(string to, string culture, string subject, IReadOnlyList<string> paragraphs, (string Label, string Url)? action = null, object[]? arguments = null)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            string L(string key) => arguments is null ? localizer[key] : localizer[key, arguments];
            var greeting = L("Hallo,");
            var closing = L("Met vriendelijke groet,");
            var signature = L("Het team van Inclusief samenwerken in de stad");
            var body = paragraphs.Select(L).ToList();

            var text = new StringBuilder().AppendLine(greeting).AppendLine();
            var html = new StringBuilder($"<!doctype html><html lang=\"{culture}\"><body style=\"font-family:sans-serif;line-height:1.5\">")
                .Append(CultureInfo.InvariantCulture, $"<p>{WebUtility.HtmlEncode(greeting)}</p>");
            foreach (var paragraph in body)
            {
                text.AppendLine(paragraph).AppendLine();
                html.Append(CultureInfo.InvariantCulture, $"<p>{WebUtility.HtmlEncode(paragraph)}</p>");
            }
            if (action is { } a)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"{L(a.Label)}: {a.Url}").AppendLine();
                html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{WebUtility.HtmlEncode(a.Url)}\">{WebUtility.HtmlEncode(L(a.Label))}</a></p>");
            }
            text.AppendLine(closing).AppendLine(signature);
            html.Append(CultureInfo.InvariantCulture, $"<p>{WebUtility.HtmlEncode(closing)}<br>{WebUtility.HtmlEncode(signature)}</p></body></html>");
            return new MailMessage(to, L(subject), text.ToString(), html.ToString());
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
