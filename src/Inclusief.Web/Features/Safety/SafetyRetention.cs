using Inclusief.Data;
using Inclusief.Web.Infrastructure.Crypto;
using Inclusief.Web.Infrastructure.Jobs;
using Inclusief.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Inclusief.Web.Features.Safety;

/// <summary>
/// Handled reports are deleted after their period (a published warning lives on with its own identifiers);
/// warnings are deleted when they expire; unused receipt codes stop working; members inactive for a year are
/// asked to confirm and removed a month later if they do not.
/// </summary>
public sealed class SafetyRetention(AppDbContext db, SafetyMail mail, FieldCipher cipher, IOptions<SafetyOptions> options, TimeProvider clock) : IRetentionRule
{
    public static readonly TimeSpan ConfirmWithin = TimeSpan.FromDays(30);

    public sealed record Result(int ReportsEmptied, int WarningsEmptied, int ReceiptsExpired, int MembersAsked, int MembersRemoved);

    public async Task<string> ApplyAsync(CancellationToken cancellationToken) => (await RunAsync(cancellationToken)).ToString();

    /// <summary>
    /// Reports and warnings past their period lose what was written and every identifier; the row stays with its type,
    /// region and dates, so the yearly figures keep counting them.
    /// </summary>
    public async Task<Result> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var handledBefore = now - options.Value.KeepHandledReportsFor;
        var receivedBefore = DateOnly.FromDateTime(now - options.Value.KeepUnhandledReportsFor);
        var reports = db.Set<SafetyReport>().Where(r => r.EncryptedNarrative != "" && (r.HandledAt != null ? r.HandledAt < handledBefore : r.ReceivedOn < receivedBefore));
        await db.Set<ReportIdentifier>().Where(i => reports.Any(r => r.Id == i.ReportId)).ExecuteDeleteAsync(cancellationToken);
        var reportsEmptied = await reports.ExecuteUpdateAsync(s => s
            .SetProperty(r => r.EncryptedNarrative, "").SetProperty(r => r.HappenedOn, (DateOnly?)null).SetProperty(r => r.EncryptedPersonDescription, (string?)null).SetProperty(r => r.EncryptedIdentifiers, (string?)null)
            .SetProperty(r => r.EncryptedContact, (string?)null).SetProperty(r => r.EncryptedModeratorMessage, (string?)null)
            .SetProperty(r => r.EncryptedSmsNumber, (string?)null).SetProperty(r => r.SmsKey, (string?)null).SetProperty(r => r.SmsCulture, (string?)null), cancellationToken);

        var unpublishedBefore = now - options.Value.KeepUnpublishedWarningsFor;
        var warnings = db.Set<SafetyWarning>().Where(w => w.Text != "" && (w.ExpiresAt < now
            || (w.Status == WarningStatus.AwaitingApproval && w.CreatedAt < unpublishedBefore) || (w.Status == WarningStatus.Withdrawn && w.WithdrawnAt < unpublishedBefore)));
        await db.Set<WarningIdentifier>().Where(i => warnings.Any(w => w.Id == i.WarningId)).ExecuteDeleteAsync(cancellationToken);
        var warningsEmptied = await warnings.ExecuteUpdateAsync(s => s.SetProperty(w => w.Text, ""), cancellationToken);
        // An emptied warning nobody approved is withdrawn, so no second moderator can send it out blank.
        await db.Set<SafetyWarning>().Where(w => w.Status == WarningStatus.AwaitingApproval && w.CreatedAt < unpublishedBefore)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.Status, WarningStatus.Withdrawn).SetProperty(w => w.WithdrawnAt, now), cancellationToken);
        var receipts = await db.Set<SafetyReport>().Where(r => r.ReceiptHash != null && r.ReceiptExpiresAt < now)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ReceiptHash, (string?)null).SetProperty(r => r.ReceiptExpiresAt, (DateTime?)null), cancellationToken);

        var inactiveSince = now - options.Value.InactiveAfter;
        var asked = 0;
        var inactive = await (from m in db.Set<SafetyMember>()
                              where m.Status == MembershipStatus.Approved && m.LastActiveAt < inactiveSince && m.AskedToConfirmAt == null
                              join u in db.Users on m.UserId equals u.Id into accounts
                              from u in accounts.DefaultIfEmpty()
                              select new { Member = m, Culture = u == null ? null : u.PreferredCulture }).ToListAsync(cancellationToken);
        foreach (var (member, culture) in inactive.Select(i => (i.Member, i.Culture)))
        {
            // In the language she reads: a member who cannot read the question loses her place in the network.
            if (cipher.DecryptOrNull(member.EncryptedEmail, SafetyMember.CipherPurpose) is { } email)
            {
                mail.ConfirmMembership(email, culture ?? Cultures.Dutch);
            }
            member.AskedToConfirm(now);
            asked++;
        }
        await db.SaveChangesAsync(cancellationToken);
        var askedBefore = now - ConfirmWithin;
        var removed = await db.Set<SafetyMember>().Where(m => m.AskedToConfirmAt != null && m.AskedToConfirmAt < askedBefore).ExecuteDeleteAsync(cancellationToken);
        return new Result(reportsEmptied, warningsEmptied, receipts, asked, removed);
    }
}
