using Inclusief.Data;
using Inclusief.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Infrastructure.Sms;

/// <summary>
/// A delivery no report settled keeps its sealed copy two days (a resend later than that helps nobody); the figures
/// moderators read cover thirty days, so a delivery row goes after five weeks.
/// </summary>
public sealed class SmsDeliveryRetention(AppDbContext db, TimeProvider clock) : IRetentionRule
{
    public static readonly TimeSpan KeepCopy = TimeSpan.FromDays(2);
    public static readonly TimeSpan Keep = TimeSpan.FromDays(35);

    public async Task<string> ApplyAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var copyBefore = now - KeepCopy;
        var copies = await db.Set<SmsDelivery>().Where(d => d.SentAt < copyBefore && d.SealedCopy != "")
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.SealedCopy, ""), cancellationToken);
        var before = now - Keep;
        var rows = await db.Set<SmsDelivery>().Where(d => d.SentAt < before).ExecuteDeleteAsync(cancellationToken);
        return $"{copies} SMS copies emptied, {rows} SMS deliveries removed";
    }
}
