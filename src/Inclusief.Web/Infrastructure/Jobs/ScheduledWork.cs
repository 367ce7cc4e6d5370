using Inclusief.Data;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Infrastructure.Jobs;

/// <summary>
/// Timed work that must run once per period however many instances run: an instance claims the period with a
/// conditional update (only when the last run is a period old and nobody holds a live lease), runs, and marks it
/// done. An instance that dies mid-run leaves a lease that runs out, and the next claim after that runs it again.
/// </summary>
public sealed class ScheduledWork(IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan Lease = TimeSpan.FromHours(1);

    private readonly string _instance = $"{Environment.ProcessId}-{Guid.NewGuid():N}";

    /// <summary>True when this instance is to run <paramref name="name"/> now.</summary>
    public async Task<bool> TryClaimAsync(string name, TimeSpan every, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (!await db.Set<ScheduledRun>().AnyAsync(r => r.Name == name, cancellationToken))
        {
            db.Add(ScheduledRun.Named(name));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another instance added it first; the claim below decides as usual.
                db.ChangeTracker.Clear();
            }
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var due = now - every;
        var claimed = await db.Set<ScheduledRun>()
            .Where(r => r.Name == name && (r.LastRunAt == null || r.LastRunAt <= due) && (r.LeasedUntil == null || r.LeasedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.LeasedBy, _instance).SetProperty(r => r.LeasedUntil, now + Lease), cancellationToken);
        return claimed == 1;
    }

    public async Task CompleteAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var now = clock.GetUtcNow().UtcDateTime;
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<ScheduledRun>()
            .Where(r => r.Name == name && r.LeasedBy == _instance)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.LastRunAt, now).SetProperty(r => r.LeasedBy, (string?)null).SetProperty(r => r.LeasedUntil, (DateTime?)null), cancellationToken);
    }
}
