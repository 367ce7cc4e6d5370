using Inclusief.Data;
using Inclusief.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Inclusief.Web.Features.Complaints;

/// <summary>
/// Closed cases lose what the reporter and caseworkers wrote after the retention period; receipt codes nobody
/// used for their period stop working. The category fields stay, so the signals keep counting.
/// </summary>
public sealed class ComplaintRetention(AppDbContext db, IOptions<ComplaintOptions> options, TimeProvider clock) : IRetentionRule
{
    public async Task<string> ApplyAsync(CancellationToken cancellationToken) =>
        (await RunAsync(cancellationToken)) is var result ? $"{result.NarrativesRemoved} narratives removed, {result.ReceiptsExpired} receipt codes expired" : "";

    public sealed record Result(int NarrativesRemoved, int ReceiptsExpired);

    public async Task<Result> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var closedBefore = now - options.Value.KeepClosedFor;
        var expired = await db.Set<Complaint>().Include(c => c.Messages)
            .Where(c => c.Status == ComplaintStatus.Closed && c.ClosedAt < closedBefore && c.NarrativeRemovedAt == null)
            .ToListAsync(cancellationToken);
        foreach (var complaint in expired)
        {
            complaint.RemoveNarrative(now);
        }
        await db.SaveChangesAsync(cancellationToken);
        var unused = await db.Set<Complaint>().Where(c => c.ReceiptHash != null && c.ReceiptExpiresAt < now)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ReceiptHash, (string?)null).SetProperty(c => c.ReceiptExpiresAt, (DateTime?)null), cancellationToken);
        return new Result(expired.Count, unused);
    }
}
