namespace Inclusief.Web.Infrastructure.Email;

/// <summary>A composed mail, ready for the outbox. Bodies are final: plain text and HTML.</summary>
public sealed record MailMessage(string To, string Subject, string TextBody, string HtmlBody)
{
    public Dictionary<string, string> Headers { get; init; } = [];

    /// <summary>RFC 8058 one-click unsubscribe headers plus a visible link, for every mail someone can stop receiving.</summary>
    public MailMessage WithOneClickUnsubscribe(string unsubscribeUrl)
    {
        var text = new System.Text.StringBuilder(TextBody).AppendLine().Append("Afmelden / Unsubscribe: ").AppendLine(unsubscribeUrl).ToString();
        var html = HtmlBody.Replace("</body>", $"<p style=\"font-size:small\"><a href=\"{System.Net.WebUtility.HtmlEncode(unsubscribeUrl)}\">Afmelden / Unsubscribe</a></p></body>", StringComparison.Ordinal);
        return this with
        {
            TextBody = text,
            HtmlBody = html,
            Headers = new Dictionary<string, string>(Headers)
            {
                ["List-Unsubscribe"] = $"<{unsubscribeUrl}>",
                ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
            },
        };
    }

    public List<MailAttachment> Attachments { get; init; } = [];
}

/// <summary>A small text attachment, such as a calendar invitation.</summary>
public sealed record MailAttachment(string FileName, string ContentType, string Content);
