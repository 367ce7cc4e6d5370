using Microsoft.Extensions.Options;
using MimeKit;

namespace Inclusief.Web.Infrastructure.Email;

/// <summary>Hands a composed mail to the transport, for every outbox handler that sends mail.</summary>
public sealed class MailDispatch(IMailTransport transport, IOptions<EmailOptions> options, TimeProvider clock)
{
    public Task SendAsync(MailMessage mail, long outboxId, CancellationToken cancellationToken) =>
        transport.SendAsync(ToMime(mail, outboxId), cancellationToken);

    private MimeMessage ToMime(MailMessage mail, long outboxId)
    {
        var from = options.Value;
        var mime = new MimeMessage
        {
            Subject = mail.Subject,
            Date = clock.GetUtcNow(),
            // Stable per outbox row: if a retry follows a send whose acknowledgement was lost, receivers can drop the copy.
            MessageId = $"outbox-{outboxId:D12}@{from.From.Split('@').Last()}",
        };
        var body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody };
        foreach (var attachment in mail.Attachments)
        {
            body.Attachments.Add(attachment.FileName, System.Text.Encoding.UTF8.GetBytes(attachment.Content), ContentType.Parse(attachment.ContentType));
        }
        mime.Body = body.ToMessageBody();
        mime.From.Add(new MailboxAddress(from.FromName, from.From));
        mime.To.Add(MailboxAddress.Parse(mail.To));
        foreach (var (name, value) in mail.Headers)
        {
            mime.Headers.Add(name, value);
        }
        return mime;
    }
}
