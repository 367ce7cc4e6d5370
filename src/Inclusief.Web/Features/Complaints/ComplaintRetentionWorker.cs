namespace Inclusief.Web.Features.Complaints;

/// <summary>Runs the retention rule a minute after start and then every six hours.</summary>
public sealed partial class ComplaintRetentionWorker(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ComplaintRetentionWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var wait = TimeSpan.FromMinutes(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(wait, clock, stoppingToken);
                await using var scope = scopes.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<ComplaintRetention>().RunAsync(stoppingToken);
                Ran(logger, result.NarrativesRemoved, result.ReceiptsExpired);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Failed(logger, ex);
            }
            wait = TimeSpan.FromHours(6);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Complaint retention: {Narratives} narratives removed, {Receipts} receipt codes expired.")]
    private static partial void Ran(ILogger logger, int narratives, int receipts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Complaint retention failed; it runs again later.")]
    private static partial void Failed(ILogger logger, Exception exception);
}
