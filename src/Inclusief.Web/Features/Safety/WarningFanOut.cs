using System.Diagnostics;
using System.Text.Json;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Database;
using Inclusief.Web.Infrastructure.Jobs;
using Inclusief.Web.Infrastructure.Sms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Inclusief.Web.Features.Safety;

/// <summary>
/// Delivers a published warning to every approved member in its regions: one list entry each (a unique index makes it
/// exactly once, also when the job is retried halfway), and a <see cref="WarningAlert"/> by mail for those who want one
/// and by SMS for those who added a number, queued with the entry in one transaction.
/// </summary>
public sealed partial class WarningFanOut(AppDbContext db, Outbox outbox, IOptions<SmsOptions> smsOptions, TimeProvider clock, ILogger<WarningFanOut> logger) : IOutboxHandler
{
    public const string OutboxKind = "safety-fanout";
    private const int Batch = 1000;

    public sealed record Job(Guid WarningId, string SiteUrl);

    public string Kind => OutboxKind;

    public async Task HandleAsync(OutboxWork work, CancellationToken cancellationToken)
    {
        var job = JsonSerializer.Deserialize<Job>(work.Payload) ?? throw new InvalidOperationException("Empty fan-out payload.");
        var started = Stopwatch.GetTimestamp();
        var warning = await db.Set<SafetyWarning>().AsNoTracking().SingleOrDefaultAsync(w => w.Id == job.WarningId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (warning is null || !warning.IsActive(now))
        {
            return;
        }
        var regions = warning.RegionList.ToHashSet();
        var delivered = (await db.Set<WarningDelivery>().Where(d => d.WarningId == warning.Id).Select(d => d.MemberId).ToListAsync(cancellationToken)).ToHashSet();
        var members = await db.Set<SafetyMember>().AsNoTracking().Where(m => m.Status == MembershipStatus.Approved)
            .Select(m => new { m.Id, m.Regions, m.AlertByEmail, HasPhone = m.EncryptedPhone != null })
            .ToListAsync(cancellationToken);
        var recipients = members.Where(m => !delivered.Contains(m.Id) && m.Regions.Split('|').Any(regions.Contains)).ToList();
        var texting = smsOptions.Value.IsConfigured;
        foreach (var chunk in recipients.Chunk(Batch))
        {
            var deliveries = chunk.Select(member => WarningDelivery.To(warning.Id, member.Id, now)).ToList();
            var alerts = chunk.Where(m => m.AlertByEmail).Select(m => new WarningAlert(warning.Id, m.Id, AlertChannel.Mail, job.SiteUrl))
                .Concat(chunk.Where(m => texting && m.HasPhone).Select(m => new WarningAlert(warning.Id, m.Id, AlertChannel.Sms, job.SiteUrl)))
                .ToList();
            // Sealing is the costly part: on all cores.
            var sealedAlerts = new OutboxMessage[alerts.Count];
            Parallel.For(0, alerts.Count, i => sealedAlerts[i] = outbox.Seal(WarningAlert.OutboxKind, alerts[i]));
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.BulkInsertAsync(deliveries, cancellationToken);
            await outbox.EnqueueSealedAsync(sealedAlerts, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        FannedOut(logger, recipients.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Warning queued for {Members} members in {Milliseconds:F0} ms.")]
    private static partial void FannedOut(ILogger logger, int members, double milliseconds);
}
