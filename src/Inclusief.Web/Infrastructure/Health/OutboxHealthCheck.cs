using Inclusief.Data;
using Inclusief.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Inclusief.Web.Infrastructure.Health;

/// <summary>Unhealthy when due work has waited longer than it should, or work was given up on.</summary>
public sealed class OutboxHealthCheck(AppDbContext db, TimeProvider clock, IOptions<OutboxOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var stuckBefore = now - options.Value.StuckAfter;
        var waiting = await db.Set<OutboxMessage>()
            .CountAsync(m => m.ProcessedAt == null && m.FailedAt == null && m.DueAt < stuckBefore, cancellationToken);
        var failed = await db.Set<OutboxMessage>().CountAsync(m => m.FailedAt != null && m.FailedAt > now.AddDays(-1), cancellationToken);
        var data = new Dictionary<string, object> { ["overdue"] = waiting, ["failedLastDay"] = failed };
        if (waiting > 0)
        {
            return HealthCheckResult.Unhealthy("Outbox messages are overdue", data: data);
        }
        return failed > 0 ? HealthCheckResult.Degraded("Outbox messages failed permanently", data: data) : HealthCheckResult.Healthy(data: data);
    }
}
