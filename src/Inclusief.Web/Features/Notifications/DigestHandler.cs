using System.Text.Json;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Notifications;

/// <summary>
/// Makes one person's digest when the outbox gets to it: what is still waiting for this frequency, asked again whether
/// they may read each thing, in one mail. The notifications are claimed and the mail queued in one transaction, so a retry
/// after a failure either does all of it or finds nothing left to send, and two digests never mail the same notification.
/// </summary>
public sealed class DigestHandler(AppDbContext db, NotificationAudience audience, NotificationMail mail, TimeProvider clock) : IOutboxHandler
{
    public string Kind => DigestRun.OutboxKind;

    public async Task HandleAsync(OutboxWork work, CancellationToken cancellationToken)
    {
        var digest = JsonSerializer.Deserialize<DigestRun.Work>(work.Payload) ?? throw new InvalidOperationException("Empty digest.");
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == digest.UserId, cancellationToken);
        if (user is null)
        {
            return;
        }
        var waiting = await DigestRun.Waiting(db, digest.Frequency, digest.Cutoff).AsNoTracking().Where(n => n.UserId == digest.UserId).ToListAsync(cancellationToken);
        if (waiting.Count == 0)
        {
            return;
        }
        var mayRead = await audience.ReadableByAsync(digest.UserId, waiting.Select(n => (n.Target, n.TargetKey)));
        var readable = waiting.Where(n => mayRead.Contains((n.Target, n.TargetKey))).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var ids = waiting.Select(n => n.Id).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Claimed before the mail is queued: another digest of this person (yesterday's, still retrying) that took any of
        // them first makes this one roll back and be made again from what is left.
        var claimed = await db.Set<Notification>().Where(n => ids.Contains(n.Id) && n.MailedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.MailedAt, now), cancellationToken);
        if (claimed != ids.Count)
        {
            await transaction.RollbackAsync(cancellationToken);
            throw new InvalidOperationException("Another digest took some of these notifications first; this one is made again from what is left.");
        }
        mail.Digest(user, readable, digest.Frequency);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
