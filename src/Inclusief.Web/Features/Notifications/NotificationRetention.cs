using Inclusief.Data;
using Inclusief.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Notifications;

/// <summary>
/// "Mijn meldingen" is news, not an archive: a notification goes after half a year (by then it was read, mailed in a
/// digest or chosen never to be mailed). A digest's delivery row only has to outlive its period's retries, so it goes
/// after five weeks.
/// </summary>
public sealed class NotificationRetention(AppDbContext db, TimeProvider clock) : IRetentionRule
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
        return $"{notifications} notifications removed, {deliveries} digest deliveries removed";
    }
}
