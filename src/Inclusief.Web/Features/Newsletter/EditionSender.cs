using System.Text.Json;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Database;
using Inclusief.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Newsletter;

/// <summary>
/// Sends an edition to every confirmed subscriber through the outbox (which paces the actual sending), each mail
/// with its own one-click unsubscribe link and headers. Exactly once: the edition is claimed with a conditional
/// update before anything is queued, and a delivery row per subscriber is unique.
/// </summary>
public sealed class EditionSender(AppDbContext db, EditionContent content, NewsletterSubscriptions subscriptions, NewsletterMail mail, TimeProvider clock)
{
    private const int Batch = 1000;

    public sealed record Figures(int Recipients, int Sent, int Failed, int Waiting, int UnsubscribedSince);

    /// <summary>Returns the number of recipients; throws when the edition was already sent or is being sent.</summary>
    public async Task<int> SendAsync(Guid editionId, string siteUrl, Func<string, string> unsubscribeUrl)
    {
        var claimed = await db.Set<NewsletterEdition>().Where(e => e.Id == editionId && e.Status == EditionStatus.Draft)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EditionStatus.Sending));
        if (claimed == 0)
        {
            throw new EditionAlreadySentException();
        }
        var edition = await db.Set<NewsletterEdition>().AsNoTracking().SingleAsync(e => e.Id == editionId);
        var items = await content.ItemsAsync(edition, siteUrl);
        var subscribers = await db.Set<NewsletterSubscriber>().AsNoTracking().Where(s => s.Status == SubscriptionStatus.Confirmed).Select(s => new { s.Id, s.Email }).ToListAsync();
        var sentMail = JsonSerializer.Serialize(EditionContent.Mail(edition, items, ""));
        var sentMailHash = NewsletterMail.HashOf(sentMail);
        // Stored before the first copy is committed: the outbox may send that copy at once.
        await db.Set<NewsletterEdition>().Where(e => e.Id == editionId).ExecuteUpdateAsync(s => s.SetProperty(e => e.SentMail, sentMail));
        foreach (var chunk in subscribers.Chunk(Batch))
        {
            // Each copy costs two encryptions (the unsubscribe token, the sealed address and link): on all cores. The link is
            // made in between, on this thread: the page's URL helper is not made for several threads at once.
            var tokens = new string[chunk.Length];
            Parallel.For(0, chunk.Length, i => tokens[i] = subscriptions.UnsubscribeToken(chunk[i].Id));
            var links = tokens.Select(unsubscribeUrl).ToArray();
            var copies = new OutboxMessage[chunk.Length];
            Parallel.For(0, chunk.Length, i => copies[i] = mail.SealEdition(new NewsletterMail.EditionCopy(edition.Id, chunk[i].Id, chunk[i].Email, links[i], sentMailHash)));
            await using var transaction = await db.Database.BeginTransactionAsync();
            await mail.QueueEditionCopiesAsync(copies);
            await db.BulkInsertAsync(chunk.Select((subscriber, i) => EditionDelivery.For(edition.Id, subscriber.Id, copies[i])).ToList());
            await transaction.CommitAsync();
        }
        var sent = await db.Set<NewsletterEdition>().SingleAsync(e => e.Id == editionId);
        sent.MarkSent(subscribers.Count, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
        return subscribers.Count;
    }

    /// <summary>Delivery figures for several editions in one query (the overview lists up to a hundred).</summary>
    public async Task<IReadOnlyDictionary<Guid, Figures>> FiguresAsync(IReadOnlyCollection<NewsletterEdition> editions)
    {
        var ids = editions.Select(e => e.Id).ToList();
        var rows = await (from d in db.Set<EditionDelivery>()
                          where ids.Contains(d.EditionId)
                          join s in db.Set<NewsletterSubscriber>() on d.SubscriberId equals s.Id
                          select new
                          {
                              d.EditionId,
                              Processed = d.Message == null || d.Message.ProcessedAt != null,
                              Failed = d.Message != null && d.Message.FailedAt != null,
                              s.UnsubscribedAt,
                          }).ToListAsync();
        return editions.ToDictionary(e => e.Id, e =>
        {
            var mine = rows.Where(r => r.EditionId == e.Id).ToList();
            return new Figures(mine.Count, mine.Count(r => r.Processed), mine.Count(r => r.Failed), mine.Count(r => !r.Processed && !r.Failed),
                mine.Count(r => r.UnsubscribedAt > e.SentAt));
        });
    }
}

/// <summary>The edition was claimed by an earlier send (a second click, another tab): nothing goes out twice.</summary>
public sealed class EditionAlreadySentException() : Exception("Deze editie is al verstuurd.");
