namespace Inclusief.Web.Infrastructure.Jobs;

/// <summary>
/// When a piece of timed work (retention) last ran, and which instance holds it now. Several instances share one
/// database; the conditional claim in <see cref="ScheduledWork"/> lets exactly one of them run it per period.
/// </summary>
public sealed class ScheduledRun
{
    public string Name { get; private set; } = "";

    public DateTime? LastRunAt { get; private set; }

    public string? LeasedBy { get; private set; }

    public DateTime? LeasedUntil { get; private set; }

    public static ScheduledRun Named(string name) => new() { Name = name };
}
