using Inclusief.Data;
using Inclusief.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Notifications;

/// <summary>
/// "Mijn meldingen" is news, not an archive: a notification goes after half a year (by then it was read, mailed in a
/// digest or chosen never to be mailed). A digest's delivery row only has to outlive its period's retries, so it goes
/// after five weeks. Following a deleted item (an erased submitter's idea) stops, and its news goes.
/// </summary>
public sealed class NotificationRetention(AppDbContext db, Conversation.CommentSubjects subjects, TimeProvider clock) : IRetentionRule
{
    public static readonly TimeSpan KeepNotifications = TimeSpan.FromDays(182);

    public static readonly TimeSpan KeepDigestDeliveries = TimeSpan.FromDays(35);

    public async Task<string> ApplyAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var madeBefore = now - KeepNotifications;
        var notifications = await db.Set<Notification>().Where(n => n.CreatedAt < madeBefore).ExecuteDeleteAsync(cancellationToken);
        var queuedBefore = now - KeepDigestDeliveries;
        var deliveries = await db.Set<DigestDelivery>().Where(d => d.QueuedAt < queuedBefore).ExecuteDeleteAsync(cancellationToken);
        var follows = 0;
        foreach (var target in Enum.GetValues<FollowTarget>())
        {
            if (FollowTargets.AsSubject(target) is not { } kind)
            {
                continue;
            }
            var keys = await db.Set<Follow>().Where(f => f.Target == target).Select(f => f.Key)
                .Union(db.Set<Notification>().Where(n => n.Target == target).Select(n => n.TargetKey)).ToListAsync(cancellationToken);
            var existing = await subjects.ExistingAsync(kind, keys);
            var gone = keys.Where(k => !existing.Contains(k)).ToList();
            if (gone.Count > 0)
            {
                follows += await db.Set<Follow>().Where(f => f.Target == target && gone.Contains(f.Key)).ExecuteDeleteAsync(cancellationToken);
                // The news of a deleted item, with its title, goes with it.
                notifications += await db.Set<Notification>().Where(n => n.Target == target && gone.Contains(n.TargetKey)).ExecuteDeleteAsync(cancellationToken);
            }
        }
        return $"{notifications} notifications removed, {deliveries} digest deliveries removed, {follows} follows of deleted items removed";
    }
}
