using Inclusief.Web.Infrastructure.Jobs;

namespace Inclusief.Web.Features.Notifications;

/// <summary>
/// Asks every quarter of an hour whether digests are due, on one instance at a time (<see cref="ScheduledWork"/>);
/// <see cref="DigestRun"/> itself makes sure nobody gets a period's digest twice.
/// </summary>
public sealed partial class DigestWorker(IServiceScopeFactory scopes, ScheduledWork schedule, IConfiguration configuration, TimeProvider clock, ILogger<DigestWorker> logger) : BackgroundService
{
    public const string Name = "notification-digests";

    public static readonly TimeSpan Every = TimeSpan.FromMinutes(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var wait = configuration.GetValue("Notifications:FirstRunAfter", TimeSpan.FromMinutes(1));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(wait, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            wait = configuration.GetValue("Notifications:Every", Every);
            try
            {
                if (await schedule.TryClaimAsync(Name, wait, stoppingToken))
                {
                    await using var scope = scopes.CreateAsyncScope();
                    Queued(logger, await scope.ServiceProvider.GetRequiredService<DigestRun>().QueueDueAsync(stoppingToken));
                    await schedule.CompleteAsync(Name, stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Failed(logger, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Notification digests queued: {Count}")]
    private static partial void Queued(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Queuing notification digests failed; it runs again later.")]
    private static partial void Failed(ILogger logger, Exception exception);
}
