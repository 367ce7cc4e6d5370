namespace Inclusief.Web.Features.Safety;

public sealed class SafetyOptions
{
    /// <summary>How long a published warning is shown and matched.</summary>
    public TimeSpan WarningLifetime { get; set; } = TimeSpan.FromDays(365);

    /// <summary>A second moderator approves every warning before it goes out.</summary>
    public bool RequireSecondApproval { get; set; }

    /// <summary>How long a handled report keeps its raw text and identifiers.</summary>
    public TimeSpan KeepHandledReportsFor { get; set; } = TimeSpan.FromDays(182);

    /// <summary>How long a report nobody handled keeps them: long after it could still lead to a warning.</summary>
    public TimeSpan KeepUnhandledReportsFor { get; set; } = TimeSpan.FromDays(365);

    /// <summary>How long a warning nobody approved, or one withdrawn, keeps its text and identifiers.</summary>
    public TimeSpan KeepUnpublishedWarningsFor { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Members inactive this long are asked to confirm; a month later they are removed.</summary>
    public TimeSpan InactiveAfter { get; set; } = TimeSpan.FromDays(365);

    /// <summary>Client checks a member may do per day, on top of the rate limit: enough for work, too few to unmask a number by trying.</summary>
    public int ClientChecksPerDay { get; set; } = 20;
}
