using Microsoft.Extensions.Options;

namespace Inclusief.Web.Infrastructure.Jobs;

public sealed class OutboxWorker(OutboxProcessor processor, IOptions<OutboxOptions> options, TimeProvider clock, ILogger<OutboxWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Keep going while there is work (a warning to 10,000 members is 10,000 mails); rest only when idle.
                while (await processor.ProcessDueAsync(stoppingToken) > 0 && !stoppingToken.IsCancellationRequested)
                {
                }
                await processor.PurgeProcessedAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Outbox pass failed; retrying after the poll interval");
            }
            try
            {
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
