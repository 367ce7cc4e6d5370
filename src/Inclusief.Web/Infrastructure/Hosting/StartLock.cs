using Inclusief.Web.Infrastructure.Database;
using Npgsql;

namespace Inclusief.Web.Infrastructure.Hosting;

/// <summary>
/// Instances that start together on one PostgreSQL migrate and seed one after another: each holds a session
/// advisory lock while it does, so the second finds the work done instead of inserting the same rows. SQLite is one
/// instance and needs none.
/// </summary>
public sealed class StartLock : IAsyncDisposable
{
    private readonly NpgsqlConnection? _connection;

    private StartLock(NpgsqlConnection? connection) => _connection = connection;

    public static async Task<StartLock> TakeAsync(IConfiguration configuration, CancellationToken cancellationToken = default)
    {
        if (!DatabaseSetup.SharedByInstances(configuration))
        {
            return new StartLock(null);
        }
        // The database may not exist yet (the first start creates it): lock on the server's maintenance database.
        var builder = new NpgsqlConnectionStringBuilder(configuration.GetConnectionString("Postgres"));
        var site = builder.Database ?? "";
        builder.Database = "postgres";
        builder.Pooling = false;
        var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        // One lock per site database: other sites (and test databases) on the same server start undisturbed.
        await using var take = new NpgsqlCommand("SELECT pg_advisory_lock(hashtext('inclusief-start:' || @site))", connection);
        take.Parameters.AddWithValue("site", site);
        await take.ExecuteNonQueryAsync(cancellationToken);
        return new StartLock(connection);
    }

    // Without pooling, closing the session releases the lock, also when the start failed halfway.
    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }
}
