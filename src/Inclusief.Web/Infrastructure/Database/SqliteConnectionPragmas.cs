using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Inclusief.Web.Infrastructure.Database;

/// <summary>
/// Lets SQLite itself wait for the write lock (its busy handler retries within milliseconds) instead of
/// returning "busy" at once, after which Microsoft.Data.Sqlite would sleep a whole retry interval.
/// Under a burst of writes this is the difference between seconds and minutes. Reads go through a memory
/// map: every pooled connection has its own page cache, and without the map each cache miss is a read()
/// system call (a search over 50,000 items spent more time in the kernel than in SQLite).
/// Both settings belong to the native connection, which the pool keeps open: they are set once per native
/// connection, not at every logical open (every query), which doubled the statements a page ran.
/// </summary>
public sealed class SqliteConnectionPragmas : DbConnectionInterceptor
{
    private const string Pragma = "PRAGMA busy_timeout = 10000; PRAGMA mmap_size = 268435456;";
    // Keyed on the native connection, which lives as long as the pool keeps it; the value is only a marker.
    private static readonly ConditionalWeakTable<sqlite3, object> Configured = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsConfigured(connection))
        {
            return;
        }
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
        MarkConfigured(connection);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsConfigured(connection))
        {
            return;
        }
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
        MarkConfigured(connection);
    }

    private static bool IsConfigured(DbConnection connection) =>
        connection is SqliteConnection { Handle: { } handle } && Configured.TryGetValue(handle, out _);

    private static void MarkConfigured(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            Configured.AddOrUpdate(handle, Configured);
        }
    }
}
