using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Inclusief.Web.Infrastructure.Crypto;
using Npgsql;

namespace Inclusief.Web.Infrastructure.Security;

/// <summary>
/// The rate limits' counters when several instances share one PostgreSQL: a one-minute window per policy and client, counted in an UNLOGGED table (not written to the WAL, emptied by a crash, not on a replica, not in the site's
/// backup, which holds the model's tables).
/// The client is stored only as a keyed hash (HMAC with a key derived from the master key) and a row is deleted
/// two minutes after its window began: a copy of the database holds no address, and without the master key not even a
/// way to test one. One round trip per post; reading pages is never limited.
/// </summary>
public sealed class SharedRateWindow(string connectionString, MasterKey masterKey, TimeProvider clock)
{
    public const string Table = "RateLimitWindow";

    private readonly byte[] _key = masterKey.Derive("rate-limit-partitions");
    private long _calls;

    /// <summary>
    /// Counts one post by <paramref name="partition"/> under <paramref name="policy"/>; true while within
    /// <paramref name="perMinute"/>. A window starts at a client's first post and lasts a minute, as the in-memory one does.
    /// </summary>
    public async Task<bool> TryCountAsync(string policy, string partition, int perMinute, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var key = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{policy}\n{partition}"))[..16];
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var count = new NpgsqlCommand(
            $"""
            INSERT INTO "{Table}" ("Key", "WindowStart", "Count") VALUES (@key, @now, 1)
            ON CONFLICT ("Key") DO UPDATE SET
                "Count" = CASE WHEN "{Table}"."WindowStart" <= @expired THEN 1 ELSE "{Table}"."Count" + 1 END,
                "WindowStart" = CASE WHEN "{Table}"."WindowStart" <= @expired THEN @now ELSE "{Table}"."WindowStart" END
            RETURNING "Count"
            """, connection);
        count.Parameters.AddWithValue("key", key);
        count.Parameters.AddWithValue("now", now);
        count.Parameters.AddWithValue("expired", now.AddMinutes(-1));
        var counted = (int)(await count.ExecuteScalarAsync(cancellationToken))!;
        if (Interlocked.Increment(ref _calls) % 200 == 1)
        {
            await using var purge = new NpgsqlCommand($"""DELETE FROM "{Table}" WHERE "WindowStart" < @before""", connection);
            purge.Parameters.AddWithValue("before", now.AddMinutes(-2));
            await purge.ExecuteNonQueryAsync(cancellationToken);
        }
        return counted <= perMinute;
    }

    /// <summary>A limiter for one partition that asks the shared window (the middleware tries synchronously first, then asynchronously).</summary>
    public RateLimiter For(string policy, string partition, int perMinute) => new Limiter(this, policy, partition, perMinute, clock);

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
