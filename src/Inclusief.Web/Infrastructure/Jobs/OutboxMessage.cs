namespace Inclusief.Web.Infrastructure.Jobs;

/// <summary>
/// Work that leaves the request (a mail, an alert, a reminder). It is written in the same transaction as
/// the change that caused it, so it is never lost; a worker leases it, runs it and marks it done.
/// </summary>
public class OutboxMessage
{
    public const int MaxAttempts = 8;

    public long Id { get; private set; }

    public string Kind { get; private set; } = "";

    /// <summary>The work, encrypted (<see cref="Outbox.CipherPurpose"/>); emptied once the work is done or given up.</summary>
    public string Payload { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public DateTime DueAt { get; private set; }

    public int Attempts { get; private set; }

    public string? LeasedBy { get; private set; }

    public DateTime? LeasedUntil { get; private set; }

    public DateTime? ProcessedAt { get; private set; }

    public DateTime? FailedAt { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>Queue work through <see cref="Outbox"/>, which encrypts the payload.</summary>
    internal static OutboxMessage Create(string kind, string sealedPayload, DateTime now, DateTime? dueAt = null) => new()
    {
        Kind = kind,
        Payload = sealedPayload,
        CreatedAt = now,
        DueAt = dueAt ?? now,
    };

    /// <summary>Schedules another try with exponential back-off, or gives up after <see cref="MaxAttempts"/>.</summary>
    public void MarkAttemptFailed(DateTime now, string error)
    {
        Attempts++;
        LastError = error.Length > 500 ? error[..500] : error;
        LeasedBy = null;
        LeasedUntil = null;
        if (Attempts >= MaxAttempts)
        {
            FailedAt = now;
            Payload = "";
            return;
        }
        DueAt = now + BackOff(Attempts);
    }

    /// <summary>
    /// An instance that knows no handler for this kind (an older release, during a rolling upgrade or a rollback) leaves
    /// the work for an instance that does, without counting an attempt: it must be sent, not given up on.
    /// </summary>
    public void LeaveForAnotherRelease(DateTime now)
    {
        LastError = "NoHandler";
        LeasedBy = null;
        LeasedUntil = null;
        DueAt = now + NoHandlerRetry;
    }

    public static readonly TimeSpan NoHandlerRetry = TimeSpan.FromMinutes(5);

    public static TimeSpan BackOff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(3600, 15 * Math.Pow(2, attempts - 1)));
}
