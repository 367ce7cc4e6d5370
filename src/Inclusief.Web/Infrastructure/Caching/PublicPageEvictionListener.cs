using Npgsql;

namespace Inclusief.Web.Infrastructure.Caching;

/// <summary>Listens for other instances' evictions on PostgreSQL and applies them to this instance's cache.</summary>
public sealed partial class PublicPageEvictionListener(PublicPageEvictions evictions, IConfiguration configuration, ILogger<PublicPageEvictionListener> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = configuration.GetConnectionString("Postgres")!;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Keepalive: a connection that died without a word would otherwise wait for notifications forever.
                await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { KeepAlive = 15 }.ConnectionString);
                await connection.OpenAsync(stoppingToken);
                var pending = new List<string>();
                connection.Notification += (_, e) => pending.AddRange(e.Payload.Split(',', StringSplitOptions.RemoveEmptyEntries));
                await using (var listen = new NpgsqlCommand($"LISTEN {PublicPageEvictions.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }
                // Whatever changed while nobody listened (at start, or after a lost connection) is unknown: start clean.
                await evictions.EvictHereAsync(PublicPages.Tags, stoppingToken);
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                    var tags = pending.Distinct().ToList();
                    pending.Clear();
                    await evictions.EvictHereAsync(tags, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            // Whatever went wrong, listen again: an instance that stops listening serves stale pages for their lifetime.
            catch (Exception ex)
            {
                ListenFailed(logger, ex.GetType().Name);
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening for evictions failed ({Error}); listening again in a second.")]
    private static partial void ListenFailed(ILogger logger, string error);
}
