using System.Text.Json;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Notifications;

/// <summary>
/// Makes one person's digest when the outbox gets to it: what is still waiting for this frequency, asked again whether
/// they may read each thing, in one mail. The notifications are marked and the mail queued in one save, so a retry
/// after a failure either does all of it or finds nothing left to send.
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
        var waiting = await DigestRun.Waiting(db, digest.Frequency, digest.Cutoff).Where(n => n.UserId == digest.UserId).ToListAsync(cancellationToken);
        var readable = new List<Notification>();
        foreach (var group in waiting.GroupBy(n => (n.Target, n.TargetKey)))
        {
            if ((await audience.WhoMayReadAsync(group.Key.Target, group.Key.TargetKey, [digest.UserId])).Count == 1)
            {
                readable.AddRange(group);
            }
        }
        var now = clock.GetUtcNow().UtcDateTime;
        mail.Digest(user, readable, digest.Frequency);
        waiting.ForEach(n => n.MarkMailed(now));
        await db.SaveChangesAsync(cancellationToken);
    }
}
