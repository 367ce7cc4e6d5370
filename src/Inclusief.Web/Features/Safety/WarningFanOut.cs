using System.Diagnostics;
using System.Text.Json;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Crypto;
using Inclusief.Web.Infrastructure.Database;
using Inclusief.Web.Infrastructure.Email;
using Inclusief.Web.Infrastructure.Jobs;
using Inclusief.Web.Infrastructure.Localization;
using Inclusief.Web.Infrastructure.Sms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Inclusief.Web.Features.Safety;

/// <summary>
/// Delivers a published warning to every approved member in its regions: one list entry each (a unique index
/// makes it exactly once, also when the job is retried halfway), a detail-free mail for those who want one, and a
/// detail-free SMS, in the wording the member chose, for those who added a number.
/// </summary>
public sealed partial class WarningFanOut(AppDbContext db, SafetyMail mail, FieldCipher cipher, Texter texter, SmsTemplate sms, IOptions<SmsOptions> smsOptions,
    TimeProvider clock, ILogger<WarningFanOut> logger) : IOutboxHandler
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
        var members = await (from m in db.Set<SafetyMember>().AsNoTracking()
                             where m.Status == MembershipStatus.Approved
                             join u in db.Users on m.UserId equals u.Id into accounts
                             from u in accounts.DefaultIfEmpty()
                             select new { m.Id, m.Regions, m.AlertByEmail, m.EncryptedEmail, m.EncryptedPhone, m.SmsWording, Culture = u == null ? null : u.PreferredCulture })
            .ToListAsync(cancellationToken);
        var recipients = members.Where(m => !delivered.Contains(m.Id) && m.Regions.Split('|').Any(regions.Contains)).ToList();
        var url = $"{job.SiteUrl}/Safety/Warnings";
        var alerts = new Dictionary<string, MailMessage>();
        var smsTexts = new Dictionary<(string Culture, SmsWording Wording), string>();
        foreach (var chunk in recipients.Chunk(Batch))
        {
            var deliveries = chunk.Select(member => WarningDelivery.To(warning.Id, member.Id, now)).ToList();
            // Decrypting each address is the costly part: on all cores, then one mail per language queued for all.
            var emails = new (string Culture, string? Email)[chunk.Length];
            Parallel.For(0, chunk.Length, i => emails[i] = chunk[i].AlertByEmail
                ? (chunk[i].Culture ?? Cultures.Dutch, cipher.DecryptOrNull(chunk[i].EncryptedEmail, SafetyMember.CipherPurpose))
                : ("", null));
            // The same for numbers, and each SMS sealed for the outbox: on all cores as well, the words composed once per language and wording.
            var texts = new OutboxMessage?[chunk.Length];
            if (smsOptions.Value.IsConfigured)
            {
                foreach (var member in chunk.Where(m => m.EncryptedPhone is not null))
                {
                    var key = (member.Culture ?? Cultures.Dutch, member.SmsWording);
                    if (!smsTexts.ContainsKey(key))
                    {
                        smsTexts[key] = member.SmsWording == SmsWording.Explicit
                            ? sms.Text(key.Item1, "Nieuwe waarschuwing in jouw regio. Bekijk hem op {0}", url)
                            // The neutral one links to the site's front page: a path naming warnings would say what it is about.
                            : sms.Text(key.Item1, SmsNudge.MessageWaitingText, job.SiteUrl);
                    }
                }
                Parallel.For(0, chunk.Length, i => texts[i] = chunk[i].EncryptedPhone is { } phone && cipher.DecryptOrNull(phone, SafetyMember.CipherPurpose) is { } e164
                    ? texter.Seal(new SmsMessage(e164, smsTexts[(chunk[i].Culture ?? Cultures.Dutch, chunk[i].SmsWording)], SmsPurpose.SafetyWarning))
                    : null);
            }
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.BulkInsertAsync(deliveries, cancellationToken);
            await texter.QueueSealedAsync([.. texts.OfType<OutboxMessage>()], cancellationToken);
            foreach (var language in emails.Where(e => e.Email is not null).GroupBy(e => e.Culture))
            {
                if (!alerts.TryGetValue(language.Key, out var alert))
                {
                    alerts[language.Key] = alert = mail.WarningPublished(language.Key, url);
                }
                await mail.SendEachAsync(alert, language.Select(e => e.Email!).ToList(), cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }
        FannedOut(logger, recipients.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Warning delivered to {Members} members in {Milliseconds:F0} ms.")]
    private static partial void FannedOut(ILogger logger, int members, double milliseconds);
}
