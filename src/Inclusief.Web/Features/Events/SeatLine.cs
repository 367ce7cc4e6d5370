using System.Collections.Concurrent;

namespace Inclusief.Web.Features.Events;

/// <summary>
/// Lines up this instance's seat changes per event before they reach the database lock. The lock alone is
/// correct, but a writer waiting on SQLite's lock sleeps a thread-pool thread; with hundreds registering at once
/// that starves the pool. Waiting here is asynchronous. Across instances (PostgreSQL) the row lock still decides.
/// </summary>
public sealed class SeatLine
{
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _lines = new();

    public async Task<IDisposable> EnterAsync(Guid eventId)
    {
        var line = _lines.GetOrAdd(eventId, _ => new SemaphoreSlim(1, 1));
        await line.WaitAsync();
        return new Turn(line);
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
