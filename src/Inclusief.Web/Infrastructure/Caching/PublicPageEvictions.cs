using Inclusief.Web.Infrastructure.Database;
using Microsoft.AspNetCore.OutputCaching;
using Npgsql;

namespace Inclusief.Web.Infrastructure.Caching;

/// <summary>
/// Evicts cached public pages by feature tag: here at once and, on PostgreSQL, on every other instance through
/// <c>NOTIFY</c> (<see cref="PublicPageEvictionListener"/>), which PostgreSQL delivers to each listening
/// connection within milliseconds. No cache server is needed and nothing is kept: a missed notification costs at
/// most <see cref="PublicPages.Lifetime"/> of a stale page, and a listener that reconnects clears everything.
/// </summary>
public sealed partial class PublicPageEvictions(IOutputCacheStore store, IConfiguration configuration, ILogger<PublicPageEvictions> logger)
{
    public const string Channel = "inclusief_public_pages";

    private readonly string? _postgres = DatabaseSetup.SharedByInstances(configuration) ? configuration.GetConnectionString("Postgres") : null;

    /// <summary>Never throws but for cancellation: it follows a committed save, which must not look failed; a copy not evicted runs out after its lifetime.</summary>
    public async Task EvictAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken = default)
    {
        if (tags.Count == 0)
        {
            return;
        }
        try
        {
            await EvictHereAsync(tags, cancellationToken);
            if (_postgres is null)
            {
                return;
            }
            await using var connection = new NpgsqlConnection(_postgres);
            await connection.OpenAsync(cancellationToken);
            await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @tags)", connection);
            notify.Parameters.AddWithValue("channel", Channel);
            notify.Parameters.AddWithValue("tags", string.Join(',', tags));
            await notify.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            NotifyFailed(logger, ex.GetType().Name);
        }
    }

    public async Task EvictHereAsync(IEnumerable<string> tags, CancellationToken cancellationToken = default)
    {
        foreach (var tag in tags)
        {
            await store.EvictByTagAsync(tag, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not evict public pages everywhere ({Error}); the copies expire on their own.")]
    private static partial void NotifyFailed(ILogger logger, string error);
}
