using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Inclusief.Web.Infrastructure.Crypto;
using Npgsql;

namespace Inclusief.Web.Infrastructure.Security;

/// <summary>
/// The rate limits' counters when several instances share one PostgreSQL. Each minute has a row per policy and
/// client in an UNLOGGED table (not in the write-ahead log, not on a replica, emptied by a crash, left out of the
/// site's backup). A row holds the minute, never the time of a post, and the client only as an HMAC under a key made
/// for that minute alone: rows of different minutes cannot be linked to one client, and without the master key not
/// even one address can be tested. Rows older than the previous minute are deleted by every post.
/// The limit is a sliding minute: this minute's posts plus the previous minute's, weighted by how much of it
/// still falls within the last sixty seconds. When PostgreSQL cannot be reached in time, each instance counts on
/// its own rather than refusing or failing every post.
/// </summary>
public sealed partial class SharedRateWindow(string connectionString, MasterKey masterKey, TimeProvider clock, ILogger<SharedRateWindow> logger)
{
    public const string Table = "RateLimitWindow";

    private readonly ConcurrentDictionary<string, RateLimiter> _fallback = new();

    /// <summary>Counts one post by <paramref name="partition"/> under <paramref name="policy"/>; true while within <paramref name="perMinute"/>.</summary>
    public async Task<bool> TryCountAsync(string policy, string partition, int perMinute, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var minute = new DateTime(now.Ticks - now.Ticks % TimeSpan.TicksPerMinute, DateTimeKind.Utc);
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var count = new NpgsqlCommand(
                $"""
                WITH expired AS (DELETE FROM "{Table}" WHERE "WindowStart" < @previous),
                     hit AS (INSERT INTO "{Table}" ("Key", "WindowStart", "Count") VALUES (@key, @minute, 1)
                             ON CONFLICT ("Key") DO UPDATE SET "Count" = "{Table}"."Count" + 1 RETURNING "Count")
                SELECT (SELECT "Count" FROM hit), COALESCE((SELECT "Count" FROM "{Table}" WHERE "Key" = @previousKey), 0)
                """, connection) { CommandTimeout = 2 };
            count.Parameters.AddWithValue("previous", minute.AddMinutes(-1));
            count.Parameters.AddWithValue("minute", minute);
            count.Parameters.AddWithValue("key", KeyOf(policy, partition, minute));
            count.Parameters.AddWithValue("previousKey", KeyOf(policy, partition, minute.AddMinutes(-1)));
            await using var reader = await count.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            var (current, before) = (reader.GetInt32(0), reader.GetInt32(1));
            var stillInWindow = 1 - (now - minute).TotalMinutes;
            return current + before * stillInWindow <= perMinute;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            Unreachable(logger, ex.GetType().Name);
            using var lease = _fallback.GetOrAdd($"{policy}\n{partition}", _ => new FixedWindowRateLimiter(
                new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })).AttemptAcquire();
            return lease.IsAcquired;
        }
    }

    private byte[] KeyOf(string policy, string partition, DateTime minute) =>
        HMACSHA256.HashData(masterKey.Derive($"rate-limit-partitions:{minute:yyyyMMddHHmm}"), Encoding.UTF8.GetBytes($"{policy}\n{partition}"))[..16];

    /// <summary>A limiter for one partition that asks the shared window (the middleware tries synchronously first, then asynchronously).</summary>
    public RateLimiter For(string policy, string partition, int perMinute) => new Limiter(this, policy, partition, perMinute, clock);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rate-limit counts not reachable in PostgreSQL ({Error}); this instance counts on its own for now.")]
    private static partial void Unreachable(ILogger logger, string error);

    private sealed class Limiter(SharedRateWindow window, string policy, string partition, int perMinute, TimeProvider clock) : RateLimiter
    {
        private long _lastUsed = clock.GetTimestamp();

        public override TimeSpan? IdleDuration => clock.GetElapsedTime(Interlocked.Read(ref _lastUsed));

        public override RateLimiterStatistics? GetStatistics() => null;

        // Without a database round trip there is no answer: report "not now", and the middleware asks asynchronously.
        protected override RateLimitLease AttemptAcquireCore(int permitCount) => Lease.Refused;

        protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
        {
            Interlocked.Exchange(ref _lastUsed, clock.GetTimestamp());
            return await window.TryCountAsync(policy, partition, perMinute, cancellationToken) ? Lease.Granted : Lease.Refused;
        }
    }

    private sealed class Lease(bool acquired) : RateLimitLease
    {
        public static readonly Lease Granted = new(true);
        public static readonly Lease Refused = new(false);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
