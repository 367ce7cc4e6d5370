namespace Inclusief.Web.Infrastructure.Jobs;

/// <summary>Runs one kind of outbox message. Throwing schedules a retry.</summary>
public interface IOutboxHandler
{
    string Kind { get; }

    Task HandleAsync(OutboxWork work, CancellationToken cancellationToken);
}
