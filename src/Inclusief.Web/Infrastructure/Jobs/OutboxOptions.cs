namespace Inclusief.Web.Infrastructure.Jobs;

public sealed class OutboxOptions
{
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    public int BatchSize { get; set; } = 100;

    /// <summary>How many leased messages run at the same time.</summary>
    public int Parallelism { get; set; } = 4;

    /// <summary>A due message still waiting after this long makes /health report the outbox as stuck.</summary>
    public TimeSpan StuckAfter { get; set; } = TimeSpan.FromMinutes(15);

    public bool RunWorker { get; set; } = true;

    /// <summary>Sent and given-up messages (their payload already emptied) are deleted this long after; the delivery figures read them until then.</summary>
    public TimeSpan KeepProcessedFor { get; set; } = TimeSpan.FromDays(7);
}
