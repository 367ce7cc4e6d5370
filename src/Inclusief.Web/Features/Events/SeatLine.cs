using System.Collections.Concurrent;

namespace Inclusief.Web.Features.Events;

/// <summary>
/// Lines up this instance's seat changes per event before they reach the database lock. The lock alone is
/// correct, but a writer waiting on SQLite's lock sleeps a thread-pool thread; with hundreds registering at once
/// that starves the pool. Waiting here is asynchronous. Across instances (PostgreSQL) the row lock still decides.
/// New registrations that wait together are handled together (<see cref="BatchAsync{TItem, TResult}"/>): a surge of a
/// thousand takes a few transactions instead of a thousand.
/// </summary>
public sealed class SeatLine
{
    /// <summary>The most registrations one transaction takes; the rest wait for the next.</summary>
    public const int MaxBatch = 200;

    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _lines = new();
    private readonly ConcurrentDictionary<Guid, Waiting> _waiting = new();

    public async Task<IDisposable> EnterAsync(Guid eventId)
    {
        var line = _lines.GetOrAdd(eventId, _ => new SemaphoreSlim(1, 1));
        await line.WaitAsync();
        return new Turn(line);
    }

    /// <summary>
    /// Adds <paramref name="item"/> to the event's waiting batch and returns its result. One waiting request at a time
    /// leads: it takes whoever waits (itself first, at most <see cref="MaxBatch"/>), runs <paramref name="handle"/> for all
    /// of them in its turn, answers each, and hands the lead to the first still waiting. An exception from
    /// <paramref name="handle"/> fails the whole batch (its transaction rolled back); a result may itself be a refusal.
    /// </summary>
    public async Task<TResult> BatchAsync<TItem, TResult>(Guid eventId, TItem item, Func<IReadOnlyList<TItem>, Task<IReadOnlyList<TResult>>> handle)
    {
        var waiting = _waiting.GetOrAdd(eventId, _ => new Waiting());
        var mine = new Entry(item!, new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously));
        bool lead;
        lock (waiting)
        {
            waiting.Entries.Add(mine);
            lead = !waiting.Leading;
            waiting.Leading = true;
        }
        if (!lead && await mine.Done.Task is TResult answered)
        {
            return answered;
        }
        // Leading: this request is first in line (it started the line, or was handed the lead).
        List<Entry> batch;
        lock (waiting)
        {
            batch = waiting.Entries.Take(MaxBatch).ToList();
            waiting.Entries.RemoveRange(0, batch.Count);
        }
        try
        {
            using var turn = await EnterAsync(eventId);
            var results = await handle(batch.Select(e => (TItem)e.Item).ToList());
            for (var i = 0; i < batch.Count; i++)
            {
                if (batch[i] != mine)
                {
                    batch[i].Done.SetResult(results[i]);
                }
            }
            return results[batch.IndexOf(mine)];
        }
        catch (Exception ex)
        {
            foreach (var other in batch.Where(e => e != mine))
            {
                other.Done.SetException(ex);
            }
            throw;
        }
        finally
        {
            lock (waiting)
            {
                if (waiting.Entries.Count > 0)
                {
                    // null: "you lead now"; a result is never null.
                    waiting.Entries[0].Done.SetResult(null);
                }
                else
                {
                    waiting.Leading = false;
                }
            }
        }
    }

    private sealed record Entry(object Item, TaskCompletionSource<object?> Done);

    private sealed class Waiting
    {
        public List<Entry> Entries { get; } = [];

        public bool Leading { get; set; }
    }

    private sealed class Turn(SemaphoreSlim line) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                line.Release();
            }
        }
    }
}
