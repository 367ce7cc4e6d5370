namespace Inclusief.Web.Infrastructure.Email;

/// <summary>A composed mail, ready for the outbox. Bodies are final: plain text and HTML.</summary>
public sealed record MailMessage(string To, string Subject, string TextBody, string HtmlBody)
{
    public Dictionary<string, string> Headers { get; init; } = [];

    public List<MailAttachment> Attachments { get; init; } = [];
}

/// <summary>A small text attachment, such as a calendar invitation.</summary>
public sealed record MailAttachment(string FileName, string ContentType, string Content);
