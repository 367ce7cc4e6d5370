using System.Text.Json;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Crypto;
using Inclusief.Web.Infrastructure.Email;
using Inclusief.Web.Infrastructure.Jobs;
using Inclusief.Web.Infrastructure.Localization;
using Inclusief.Web.Infrastructure.Sms;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Safety;

/// <summary>Sends a <see cref="WarningAlert"/> when it falls due, to the member as they are then.</summary>
public sealed class WarningAlertHandler(AppDbContext db, FieldCipher cipher, SafetyMail mail, MailDispatch mailDispatch, SmsTemplate sms, SmsDispatch smsDispatch, TimeProvider clock) : IOutboxHandler
{
    public string Kind => WarningAlert.OutboxKind;

    public async Task HandleAsync(OutboxWork work, CancellationToken cancellationToken)
    {
        var alert = JsonSerializer.Deserialize<WarningAlert>(work.Payload) ?? throw new InvalidOperationException("Empty warning alert.");
        var now = clock.GetUtcNow().UtcDateTime;
        // One query for both: a warning withdrawn before its alert went out is not announced, and nothing goes to who is no longer a member.
        var member = await (from m in db.Set<SafetyMember>().AsNoTracking()
                            where m.Id == alert.MemberId && m.Status == MembershipStatus.Approved && db.Set<SafetyWarning>().LiveAt(now).Any(w => w.Id == alert.WarningId)
                            join u in db.Users on m.UserId equals u.Id into accounts
                            from u in accounts.DefaultIfEmpty()
                            select new { m.AlertByEmail, m.EncryptedEmail, m.EncryptedPhone, m.SmsWording, Culture = u == null ? null : u.PreferredCulture })
            .SingleOrDefaultAsync(cancellationToken);
        if (member is null)
        {
            return;
        }
        var culture = member.Culture ?? Cultures.Dutch;
        if (alert.Channel == AlertChannel.Mail)
        {
            if (member.AlertByEmail && cipher.DecryptOrNull(member.EncryptedEmail, SafetyMember.CipherPurpose) is { } email)
            {
                await mailDispatch.SendAsync(mail.WarningPublished(email, culture, $"{alert.SiteUrl}/Safety/Warnings"), work.Id, cancellationToken);
            }
            return;
        }
        if (cipher.DecryptOrNull(member.EncryptedPhone, SafetyMember.CipherPurpose) is { } e164)
        {
            var number = MobileNumber.FromStored(e164);
            var message = member.SmsWording == SmsWording.Explicit
                ? sms.Compose(number, culture, SmsPurpose.SafetyWarning, "Nieuwe waarschuwing in jouw regio. Bekijk hem op {0}", $"{alert.SiteUrl}/Safety/Warnings")
                // The neutral one links to the site's front page: a path naming warnings would say what it is about.
                : sms.Compose(number, culture, SmsPurpose.SafetyWarning, SmsNudge.MessageWaitingText, alert.SiteUrl);
            await smsDispatch.SendAsync(message, work.Id, cancellationToken);
        }
    }
}
