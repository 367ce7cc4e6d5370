using System.Text.Json;
using Inclusief.Web.Infrastructure.Jobs;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Inclusief.Web.Infrastructure.Email;

public sealed class MailOutboxHandler(IMailTransport transport, IOptions<EmailOptions> options, TimeProvider clock) : IOutboxHandler
{
    public string Kind => Mailer.OutboxKind;

    public Task HandleAsync(OutboxWork work, CancellationToken cancellationToken)
    {
        var mail = JsonSerializer.Deserialize<MailMessage>(work.Payload)
            ?? throw new InvalidOperationException("Empty mail payload.");
        return transport.SendAsync(ToMime(mail, work.Id), cancellationToken);
    }

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
