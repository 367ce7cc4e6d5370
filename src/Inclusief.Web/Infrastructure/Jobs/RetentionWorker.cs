namespace Inclusief.Web.Infrastructure.Jobs;

/// <summary>
/// Applies every feature's retention rule every six hours, on one instance only (<see cref="ScheduledWork"/>):
/// each instance asks a minute after start (<c>Retention:FirstRunAfter</c>) and then every quarter of an hour whether a run is due.
/// </summary>
public sealed partial class RetentionWorker(IServiceScopeFactory scopes, ScheduledWork schedule, IConfiguration configuration, TimeProvider clock, ILogger<RetentionWorker> logger) : BackgroundService
{
    public const string Name = "retention";

    public static readonly TimeSpan Every = TimeSpan.FromHours(6);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var wait = configuration.GetValue("Retention:FirstRunAfter", TimeSpan.FromMinutes(1));
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
            wait = TimeSpan.FromMinutes(15);
            try
            {
                if (await schedule.TryClaimAsync(Name, Every, stoppingToken))
                {
                    await ApplyAsync(stoppingToken);
                    await schedule.CompleteAsync(Name, stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Failed(logger, "claim", ex);
            }
        }
    }

    private async Task ApplyAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        foreach (var rule in scope.ServiceProvider.GetServices<IRetentionRule>())
        {
            try
            {
                Applied(logger, rule.GetType().Name, await rule.ApplyAsync(stoppingToken));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Failed(logger, rule.GetType().Name, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention {Rule}: {Summary}")]
    private static partial void Applied(ILogger logger, string rule, string summary);

    [LoggerMessage(Level = LogLevel.Error, Message = "Retention {Rule} failed; it runs again later.")]
    private static partial void Failed(ILogger logger, string rule, Exception exception);
}
