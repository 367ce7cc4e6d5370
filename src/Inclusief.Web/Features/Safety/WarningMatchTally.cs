using System.Collections.Concurrent;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Safety;

/// <summary>
/// How often client checks found each warning, counted in memory and written with the retention round (every six
/// hours), never by the check itself: a count written next to a member's own check quota would tell a copy of the
/// database which member looked up which client. A count not yet written when an instance stops is lost; the figure
/// is a rough signal for moderators, not a record.
/// </summary>
public sealed class WarningMatchTally
{
    private readonly ConcurrentDictionary<Guid, int> _pending = new();

    public void Found(IEnumerable<Guid> warningIds)
    {
        foreach (var id in warningIds.Distinct())
        {
            _pending.AddOrUpdate(id, 1, (_, count) => count + 1);
        }
    }

    /// <summary>Takes what was counted since the last round, for <see cref="Writer"/>.</summary>
    private List<(Guid WarningId, int Count)> Take()
    {
        var taken = new List<(Guid WarningId, int Count)>();
        foreach (var id in _pending.Keys)
        {
            if (_pending.TryRemove(id, out var count))
            {
                taken.Add((id, count));
            }
        }
        return taken;
    }

    /// <summary>Writes the counts with the retention round.</summary>
    public sealed class Writer(WarningMatchTally tally, AppDbContext db) : IRetentionRule
    {
        public async Task<string> ApplyAsync(CancellationToken cancellationToken)
        {
            var counts = tally.Take();
            foreach (var (warningId, count) in counts)
            {
                await db.Set<SafetyWarning>().Where(w => w.Id == warningId)
                    .ExecuteUpdateAsync(s => s.SetProperty(w => w.MatchCount, w => w.MatchCount + count), cancellationToken);
            }
            return $"{counts.Count} warnings found by client checks since the last round";
        }
    }
}
