using System.Globalization;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Database;
using Inclusief.Web.Infrastructure.Jobs;
using Inclusief.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Notifications;

/// <summary>
/// Queues the digests that are due: daily ones from seven in the morning (programme time) for what happened before,
/// weekly ones from Monday seven. A digest is a small outbox row per person, written in bulk; the mail itself is made
/// when the outbox gets to it (<see cref="DigestHandler"/>). Exactly once per person per period: the period's
/// <see cref="DigestDelivery"/> row is unique, and whoever has one for the period is not asked again.
/// </summary>
public sealed class DigestRun(AppDbContext db, Outbox outbox, TimeProvider clock)
{
    public const string OutboxKind = "notification-digest";

    public static readonly TimeOnly SendFrom = new(7, 0);

    private const int Batch = 2000;

    public sealed record Work(string UserId, Delivery Frequency, string Period, DateTime Cutoff);

    /// <summary>Notifications not mailed yet, from before <paramref name="cutoff"/>, of kinds their person gets in a digest of this frequency.</summary>
    public static IQueryable<Notification> Waiting(AppDbContext db, Delivery frequency, DateTime cutoff) =>
        db.Set<Notification>().Where(n => n.MailedAt == null && n.CreatedAt < cutoff
            && (db.Set<NotificationSetting>().Where(s => s.UserId == n.UserId && s.Kind == n.Kind).Select(s => (Delivery?)s.Delivery).FirstOrDefault() ?? Deliveries.Default) == frequency);

    /// <summary>Queues what is due now; returns how many digests it queued.</summary>
    public async Task<int> QueueDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var local = ProgrammeTime.ToLocal(now);
        var today = DateOnly.FromDateTime(local);
        var sendingDay = TimeOnly.FromDateTime(local) >= SendFrom ? today : today.AddDays(-1);
        var queued = await QueueAsync(Delivery.Daily, $"d:{sendingDay:yyyy-MM-dd}", ProgrammeTime.ToUtc(sendingDay, SendFrom), cancellationToken);
        var monday = sendingDay.AddDays(-(((int)sendingDay.DayOfWeek + 6) % 7));
        var week = $"w:{ISOWeek.GetYear(monday.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(monday.ToDateTime(TimeOnly.MinValue)):00}";
        return queued + await QueueAsync(Delivery.Weekly, week, ProgrammeTime.ToUtc(monday, SendFrom), cancellationToken);
    }

    private async Task<int> QueueAsync(Delivery frequency, string period, DateTime cutoff, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // Who has something waiting for this frequency, and no digest for this period yet.
        var due = await Waiting(db, frequency, cutoff)
            .Where(n => !db.Set<DigestDelivery>().Any(d => d.UserId == n.UserId && d.Period == period))
            .Select(n => n.UserId).Distinct().ToListAsync(cancellationToken);
        var queued = 0;
        foreach (var chunk in due.Chunk(Batch))
        {
            var rows = new OutboxMessage[chunk.Length];
            Parallel.For(0, chunk.Length, i => rows[i] = outbox.Seal(OutboxKind, new Work(chunk[i], frequency, period, cutoff)));
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                await db.BulkInsertAsync(chunk.Select(u => DigestDelivery.For(u, period, now)).ToList(), cancellationToken);
                await outbox.EnqueueSealedAsync(rows, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                queued += chunk.Length;
            }
            catch (System.Data.Common.DbException)
            {
                await transaction.RollbackAsync(cancellationToken);
                // Another instance queued some of these people's digests for this period first (their unique row): this
                // batch is left out, and whoever of it still has none is found by the next run. Any other failure is real.
                var people = chunk.ToList();
                if (!await db.Set<DigestDelivery>().AnyAsync(d => d.Period == period && people.Contains(d.UserId), cancellationToken))
                {
                    throw;
                }
            }
        }
        return queued;
    }
}
