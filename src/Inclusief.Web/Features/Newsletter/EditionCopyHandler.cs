using System.Collections.Concurrent;
using System.Text.Json;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Email;
using Inclusief.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Newsletter;

/// <summary>
/// Sends one subscriber's copy of an edition: the edition as it went out, addressed to them with their own unsubscribe
/// link. Sending is paced, so the subscriber is checked at that moment: who unsubscribed or left since gets nothing.
/// </summary>
public sealed class EditionCopyHandler(AppDbContext db, MailDispatch dispatch) : IOutboxHandler
{
    // The sent mail, read and checked against its hash once per edition and instance instead of once per copy:
    // a send is thousands of copies of one mail. Only a mail that matched its hash is kept, so every copy is the original.
    private static readonly ConcurrentDictionary<(Guid Edition, string Hash), MailMessage> SentMails = new();

    public string Kind => NewsletterMail.EditionCopyKind;

    public async Task HandleAsync(OutboxWork work, CancellationToken cancellationToken)
    {
        var copy = JsonSerializer.Deserialize<NewsletterMail.EditionCopy>(work.Payload) ?? throw new InvalidOperationException("Empty edition copy.");
        if (!await db.Set<NewsletterSubscriber>().AnyAsync(s => s.Id == copy.SubscriberId && s.Status == SubscriptionStatus.Confirmed, cancellationToken))
        {
            return;
        }
        if (!SentMails.TryGetValue((copy.EditionId, copy.SentMailHash), out var sent))
        {
            var sentMail = await db.Set<NewsletterEdition>().Where(e => e.Id == copy.EditionId).Select(e => e.SentMail).SingleOrDefaultAsync(cancellationToken);
            // Failing (and so showing in the outbox figures and /health) rather than sending something else or counting it sent.
            if (sentMail is null || NewsletterMail.HashOf(sentMail) != copy.SentMailHash)
            {
                throw new InvalidOperationException("The edition's mail is missing or changed since it was sent.");
            }
            sent = SentMails.GetOrAdd((copy.EditionId, copy.SentMailHash), JsonSerializer.Deserialize<MailMessage>(sentMail) ?? throw new InvalidOperationException("Empty edition."));
        }
        await dispatch.SendAsync(NewsletterMail.Copy(sent, copy), work.Id, cancellationToken);
    }
}
