namespace Inclusief.Web.Infrastructure.Jobs;

/// <summary>Applies every feature's retention rule a minute after start and then every six hours.</summary>
public sealed partial class RetentionWorker(IServiceScopeFactory scopes, TimeProvider clock, ILogger<RetentionWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var wait = TimeSpan.FromMinutes(1);
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
            wait = TimeSpan.FromHours(6);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention {Rule}: {Summary}")]
    private static partial void Applied(ILogger logger, string rule, string summary);

    [LoggerMessage(Level = LogLevel.Error, Message = "Retention {Rule} failed; it runs again later.")]
    private static partial void Failed(ILogger logger, string rule, Exception exception);
}
