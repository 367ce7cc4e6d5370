namespace Inclusief.Web.Infrastructure.Sms;

public enum SmsDeliveryState
{
    /// <summary>Being handed to the gateway.</summary>
    Sending,

    /// <summary>The gateway took it; no report yet.</summary>
    Sent,

    /// <summary>The carrier (SMSC) took it or keeps it for a phone that is off.</summary>
    AtCarrier,

    Delivered,

    /// <summary>It failed and a next attempt is queued.</summary>
    Retried,

    /// <summary>It failed on the last attempt.</summary>
    Failed,
}

/// <summary>
/// What became of one SMS, as the gateway's delivery reports tell it: never the number or the text, only what it was for
/// and how it went, so moderators can see that alerts arrive. While it is unsettled it keeps a sealed copy of the
/// message, for the next attempt when the report says it failed; the copy goes when it is delivered, fails for good, or
/// after <see cref="SmsDeliveryRetention.KeepCopy"/>.
/// </summary>
public class SmsDelivery
{
    public const int MaxAttempts = 3;
    public const string CipherPurpose = "sms.resend";

    /// <summary>Also the reference in the gateway's report address: random, so a report for another message cannot be guessed.</summary>
    public Guid Id { get; private set; } = Guid.NewGuid();

    /// <summary>The outbox row that sent it: a handler run twice (a lease that ran out) finds this row and sends nothing twice.</summary>
    public long OutboxId { get; private set; }

    public string Purpose { get; private set; } = "";

    public int Attempt { get; private set; }

    public SmsDeliveryState State { get; private set; }

    public DateTime SentAt { get; private set; }

    public DateTime? ReportedAt { get; private set; }

    public string SealedCopy { get; private set; } = "";

    public static SmsDelivery For(long outboxId, SmsMessage message, string sealedCopy, DateTime now) => new()
    {
        OutboxId = outboxId,
        Purpose = message.Purpose,
        Attempt = message.Attempt,
        State = SmsDeliveryState.Sending,
        SentAt = now,
        SealedCopy = sealedCopy,
    };

    /// <summary>States a report may still change.</summary>
    public static readonly SmsDeliveryState[] Unsettled = [SmsDeliveryState.Sending, SmsDeliveryState.Sent, SmsDeliveryState.AtCarrier];

    /// <summary>Waits before the next attempt: two minutes, then ten; a phone that was off may be on again.</summary>
    public static TimeSpan RetryAfter(int attempt) => TimeSpan.FromMinutes(2 * Math.Pow(5, attempt - 1));
}
