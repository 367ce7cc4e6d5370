using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Inclusief.Web.Infrastructure.Database;

/// <summary>
/// Lets SQLite itself wait for the write lock (its busy handler retries within milliseconds) instead of
/// returning "busy" at once, after which Microsoft.Data.Sqlite would sleep a whole retry interval.
/// Under a burst of writes this is the difference between seconds and minutes. Reads go through a memory
/// map: every pooled connection has its own page cache, and without the map each cache miss is a read()
/// system call (a search over 50,000 items spent more time in the kernel than in SQLite).
/// </summary>
public sealed class SqliteConnectionPragmas : DbConnectionInterceptor
{
    private const string Pragma = "PRAGMA busy_timeout = 10000; PRAGMA mmap_size = 268435456;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
