namespace Inclusief.Web.Features.Notifications;

/// <summary>
/// A digest queued for one person for one period ("d:2026-12-08", "w:2026-W50"). The pair is unique: however many
/// instances run, and however often a run is retried, a person gets one digest per period.
/// </summary>
public class DigestDelivery
{
    public const int PeriodMaxLength = 16;

    public long Id { get; private set; }

    public string UserId { get; private set; } = "";

    public string Period { get; private set; } = "";

    public DateTime QueuedAt { get; private set; }

    public static DigestDelivery For(string userId, string period, DateTime now) => new() { UserId = userId, Period = period, QueuedAt = now };
}
