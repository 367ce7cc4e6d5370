using Inclusief.Data;
using Inclusief.Web.Infrastructure.Crypto;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Inclusief.Web.Infrastructure.Jobs;

/// <summary>
/// Leases due messages and runs their handlers. A lease is taken with a conditional update
/// (only if nobody holds a live lease), so several app instances sharing one PostgreSQL database never run
/// the same message at once; a crashed instance's lease simply expires and another picks the message up.
/// </summary>
public sealed class OutboxProcessor(
    IServiceScopeFactory scopes,
    FieldCipher cipher,
    TimeProvider clock,
    IOptions<OutboxOptions> options,
    ILogger<OutboxProcessor> logger)
{
    private readonly string _instance = $"{Environment.ProcessId}-{Guid.NewGuid():N}";

    /// <summary>Processes what is due now; returns how many messages were handled successfully.</summary>
    public async Task<int> ProcessDueAsync(CancellationToken cancellationToken = default)
    {
        var handled = 0;
        // A few at a time, each in its own scope, so database work overlaps with sending.
        await Parallel.ForEachAsync(await LeaseDueAsync(cancellationToken),
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.Parallelism, CancellationToken = cancellationToken },
            async (id, token) =>
            {
                if (await RunAsync(id, token))
                {
                    Interlocked.Increment(ref handled);
                }
            });
        return handled;
    }

    /// <summary>Deletes messages sent, or given up on, longer ago than the retention period; returns how many.</summary>
    public async Task<int> PurgeProcessedAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var before = clock.GetUtcNow().UtcDateTime - options.Value.KeepProcessedFor;
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<OutboxMessage>()
            .Where(m => (m.ProcessedAt != null && m.ProcessedAt < before) || (m.FailedAt != null && m.FailedAt < before))
            .ExecuteDeleteAsync(cancellationToken);
    }

    private async Task<List<long>> LeaseDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var leaseUntil = now + options.Value.Lease;
        var candidates = await db.Set<OutboxMessage>()
            .Where(m => m.ProcessedAt == null && m.FailedAt == null && m.DueAt <= now && (m.LeasedUntil == null || m.LeasedUntil < now))
            .OrderBy(m => m.Id)
            .Select(m => m.Id)
            .Take(options.Value.BatchSize)
            .ToListAsync(cancellationToken);

        var leased = new List<long>(candidates.Count);
        foreach (var id in candidates)
        {
            var taken = await db.Set<OutboxMessage>()
                .Where(m => m.Id == id && m.ProcessedAt == null && m.FailedAt == null && (m.LeasedUntil == null || m.LeasedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeasedBy, _instance).SetProperty(m => m.LeasedUntil, leaseUntil), cancellationToken);
            if (taken == 1)
            {
                leased.Add(id);
            }
        }
        return leased;
    }

    private async Task<bool> RunAsync(long id, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // The lease is renewed as the work starts, and only while it still holds: a batch leased together waits its turn
        // behind slow sends, and work whose lease ran out meanwhile may already be another instance's.
        var now = clock.GetUtcNow().UtcDateTime;
        var leaseUntil = now + options.Value.Lease;
        if (await db.Set<OutboxMessage>().Where(m => m.Id == id && m.LeasedBy == _instance && m.LeasedUntil > now && m.ProcessedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeasedUntil, leaseUntil), cancellationToken) == 0)
        {
            return false;
        }
        var message = await db.Set<OutboxMessage>().SingleAsync(m => m.Id == id, cancellationToken);
        if (scope.ServiceProvider.GetServices<IOutboxHandler>().FirstOrDefault(h => h.Kind == message.Kind) is not { } handler)
        {
            logger.LogWarning("Outbox message {Id} ({Kind}) has no handler in this release; left for another instance.", message.Id, message.Kind);
            message.LeaveForAnotherRelease(clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(CancellationToken.None);
            return false;
        }
        try
        {
            await handler.HandleAsync(new OutboxWork(message.Id, message.Kind, Outbox.Open(message.Payload, cipher)), cancellationToken);
            // By id and lease, not through the tracked row: a handler shares this context and may have cleared it.
            // The payload goes: what was sent needs no copy here.
            var done = clock.GetUtcNow().UtcDateTime;
            await db.Set<OutboxMessage>().Where(m => m.Id == id && m.LeasedBy == _instance)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ProcessedAt, done).SetProperty(m => m.Payload, "").SetProperty(m => m.LeasedBy, (string?)null)
                    .SetProperty(m => m.LeasedUntil, (DateTime?)null).SetProperty(m => m.LastError, (string?)null), CancellationToken.None);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The message id and kind are enough to investigate; the payload may hold personal data.
            logger.LogWarning("Outbox message {Id} ({Kind}) failed on attempt {Attempt}: {Error}", message.Id, message.Kind, message.Attempts + 1, ex.GetType().Name);
            // The kind of failure only: a receiver's refusal usually quotes the address the payload no longer shows.
            await RecordFailureAsync(id, ex.GetType().Name);
            return false;
        }
    }

    // In a scope of its own: whatever the failed handler left in its context is not saved with the failure.
    private async Task RecordFailureAsync(long id, string error)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // Another instance took the message over when the lease ran out: the failure is its to record.
        if (await db.Set<OutboxMessage>().SingleOrDefaultAsync(m => m.Id == id && m.LeasedBy == _instance, CancellationToken.None) is not { } message)
        {
            return;
        }
        message.MarkAttemptFailed(clock.GetUtcNow().UtcDateTime, error);
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
