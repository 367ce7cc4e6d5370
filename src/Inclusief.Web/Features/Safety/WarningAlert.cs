namespace Inclusief.Web.Features.Safety;

public enum AlertChannel
{
    Mail,
    Sms,
}

/// <summary>
/// One member's alert about one warning, by mail or by SMS: all the outbox keeps per member (the newsletter's copies
/// have the same shape). The address or number is read and the words are made when it is sent, so the fan-out decrypts
/// nothing, and who was suspended, left, removed their number or changed its wording meanwhile is treated as they are now.
/// (A text the gateway reports failed is sent again as it was, 2 and 10 minutes later: <see cref="Infrastructure.Sms.SmsDeliveryReports"/>.)
/// </summary>
public sealed record WarningAlert(Guid WarningId, Guid MemberId, AlertChannel Channel, string SiteUrl)
{
    public const string OutboxKind = "safety-alert";
}
