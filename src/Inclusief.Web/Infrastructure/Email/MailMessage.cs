namespace Inclusief.Web.Infrastructure.Email;

/// <summary>A composed mail, ready for the outbox. Bodies are final: plain text and HTML.</summary>
public sealed record MailMessage(string To, string Subject, string TextBody, string HtmlBody)
{
    public Dictionary<string, string> Headers { get; init; } = [];
}
