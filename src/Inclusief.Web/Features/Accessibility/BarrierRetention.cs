using Inclusief.Data;
using Inclusief.Web.Infrastructure.Jobs;
using Inclusief.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Inclusief.Web.Features.Accessibility;

/// <summary>
/// A report keeps its day (the statement counts them) and loses what was written a year after its answer, or a
/// year after it arrived if nobody answered it (a flood of nonsense must not keep addresses for ever).
/// </summary>
public sealed class BarrierRetention(AppDbContext db, IOptions<AccessibilityOptions> options, TimeProvider clock) : IRetentionRule
{
    public async Task<string> ApplyAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var before = now - options.Value.KeepFor;
        var receivedBefore = ProgrammeTime.DayOf(before);
        var emptied = await db.Set<BarrierReport>()
            .Where(r => (r.AnsweredAt < before || (r.AnsweredAt == null && r.ReceivedOn < receivedBefore))
                && (r.EncryptedDescription != null || r.EncryptedPage != null || r.EncryptedEmail != null))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.EncryptedDescription, (string?)null).SetProperty(r => r.EncryptedPage, (string?)null).SetProperty(r => r.EncryptedEmail, (string?)null), cancellationToken);
        return $"{emptied} accessibility reports emptied";
    }
}
