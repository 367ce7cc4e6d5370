using Inclusief.Data;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Notifications;

/// <summary>
/// Tells the followers of a thing what happened in it, in the caller's unit of work (the caller saves): one
/// notification each for those who may read it, never for whoever did it. Whoever chose "at once" for the kind gets
/// a mail queued with it; the rest wait for their digest.
/// </summary>
public sealed class Notifier(AppDbContext db, NotificationAudience audience, NotificationMail mail, TimeProvider clock)
{
    public sealed record What(NotificationKind Kind, FollowTarget Target, string Key, string Title, string Path);

    /// <summary>
    /// Every follower of <paramref name="what"/>'s target (or of <paramref name="followersOf"/>: a new event reaches those who
    /// follow the events list), plus <paramref name="also"/>, except <paramref name="actorId"/> and <paramref name="alsoLeaveOut"/>
    /// (who hears of it another way: the author of the comment replied to, an idea's submitter).
    /// </summary>
    public async Task<int> NotifyFollowersAsync(What what, string? actorId, IReadOnlyCollection<string>? also = null, (FollowTarget Target, string Key)? followersOf = null,
        string? alsoLeaveOut = null)
    {
        var (target, key) = followersOf ?? (what.Target, what.Key);
        var followers = await db.Set<Follow>().Where(f => f.Target == target && f.Key == key).Select(f => f.UserId).ToListAsync();
        return await NotifyAsync(what, followers.Concat(also ?? []).Distinct().Where(u => u != actorId && u != alsoLeaveOut).ToList());
    }

    /// <summary>These accounts (a feedback round's invitees, a reply's author), each if they may read it.</summary>
    public async Task<int> NotifyAsync(What what, IReadOnlyCollection<string> userIds, bool alreadyMailed = false)
    {
        var readers = await audience.WhoMayReadAsync(what.Target, what.Key, userIds);
        if (readers.Count == 0)
        {
            return 0;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        // Whoever chose daily or weekly (or nothing: weekly) waits for a digest; only "at once" and "never" change what happens now.
        var chosen = alreadyMailed ? [] : await db.Set<NotificationSetting>()
            .Where(s => s.Kind == what.Kind && (s.Delivery == Delivery.Immediately || s.Delivery == Delivery.Never) && readers.Contains(s.UserId))
            .ToDictionaryAsync(s => s.UserId, s => s.Delivery);
        var atOnce = chosen.Where(s => s.Value == Delivery.Immediately).Select(s => s.Key).ToList();
        var recipients = atOnce.Count == 0 ? [] : await db.Users.AsNoTracking().Where(u => atOnce.Contains(u.Id)).ToDictionaryAsync(u => u.Id);
        foreach (var userId in readers)
        {
            var notification = Notification.For(userId, what.Kind, what.Target, what.Key, what.Title, what.Path, now);
            if (alreadyMailed || (chosen.TryGetValue(userId, out var delivery) && delivery == Delivery.Never))
            {
                notification.MarkMailed(now);
            }
            else if (recipients.TryGetValue(userId, out var user))
            {
                mail.AtOnce(user, notification);
                notification.MarkMailed(now);
            }
            db.Add(notification);
        }
        return readers.Count;
    }
}
