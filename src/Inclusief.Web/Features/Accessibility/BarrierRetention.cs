using Inclusief.Data;
using Inclusief.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Inclusief.Web.Features.Accessibility;

/// <summary>An answered report keeps its day (the statement counts them) and loses what was written.</summary>
public sealed class BarrierRetention(AppDbContext db, IOptions<AccessibilityOptions> options, TimeProvider clock) : IRetentionRule
{
    public async Task<string> ApplyAsync(CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow().UtcDateTime - options.Value.KeepAnsweredFor;
        var emptied = await db.Set<BarrierReport>()
            .Where(r => r.AnsweredAt < before && (r.EncryptedDescription != null || r.EncryptedPage != null || r.EncryptedEmail != null))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.EncryptedDescription, (string?)null).SetProperty(r => r.EncryptedPage, (string?)null).SetProperty(r => r.EncryptedEmail, (string?)null), cancellationToken);
        return $"{emptied} accessibility reports emptied";
    }
}
