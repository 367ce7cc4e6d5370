using Inclusief.Data;
using Inclusief.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Infrastructure.Sms;

/// <summary>A number that never got its code back is nobody's: a day after the last code was sent, it goes.</summary>
public sealed class NumberVerificationRetention(AppDbContext db, TimeProvider clock) : IRetentionRule
{
    public static readonly TimeSpan Keep = TimeSpan.FromDays(1);

    public async Task<string> ApplyAsync(CancellationToken cancellationToken)
    {
        var sentBefore = clock.GetUtcNow().UtcDateTime - Keep;
        return $"{await db.Set<NumberVerification>().Where(v => v.SentAt < sentBefore).ExecuteDeleteAsync(cancellationToken)} unconfirmed numbers removed";
    }
}
