using System.Data.Common;
using System.Reflection;
using Inclusief.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Inclusief.Web.Infrastructure.Database;

/// <summary>
/// Writes thousands of new rows of one kind at once (a warning or an edition fanned out to every member): the change
/// tracker writes one row at a time and spent most of a fan-out doing so. The statement is made from the model and each
/// value goes through EF's own type mapping and converter, so dates, Guids and nulls are stored as SaveChanges stores
/// them, and the key the database numbers is set on each row. For plain entities only: a long key the database
/// numbers, every other column a property of the class without a database default, no inheritance or complex types
/// (<see cref="Table.Of"/> refuses the rest). It runs in the caller's transaction, which it requires. The connection's
/// interceptors (SQLite's pragmas) apply; the SaveChanges interceptors do not, so it refuses entities a cached public page
/// shows (their eviction is collected there). On SQLite, in the process, one prepared statement runs per row; on
/// PostgreSQL the keys are reserved from the column's sequence and the rows stream in one binary COPY.
/// </summary>
public static class BulkInsert
{
    public static async Task BulkInsertAsync<T>(this AppDbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken = default) where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A bulk insert runs in the caller's transaction: begin one first.");
        var table = Table.Of(db, typeof(T));
        if (db.Database.IsNpgsql())
        {
            await CopyAsync(db, table, rows, transaction, cancellationToken);
        }
        else
        {
            await OnePreparedStatementAsync(db, table, rows, transaction, cancellationToken);
        }
    }

    private static async Task OnePreparedStatementAsync<T>(AppDbContext db, Table table, IReadOnlyList<T> rows, DbTransaction transaction, CancellationToken cancellationToken) where T : class
    {
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandTimeout = db.Database.GetCommandTimeout() ?? command.CommandTimeout;
        command.CommandText = table.InsertSql();
        for (var c = 0; c < table.Columns.Count; c++)
        {
            command.Parameters.Add(table.Columns[c].Mapping.CreateParameter(command, $"@p{c}", null, nullable: true));
        }
        await command.PrepareAsync(cancellationToken);
        foreach (var row in rows)
        {
            for (var c = 0; c < table.Columns.Count; c++)
            {
                command.Parameters[c].Value = table.Columns[c].ProviderValue(row);
            }
            table.SetKey(row, await command.ExecuteScalarAsync(cancellationToken));
        }
    }

    /// <summary>
    /// PostgreSQL's own bulk path: the keys are taken from the column's sequence first (as the column's default would),
    /// then every row streams in one binary COPY, each value written as the type it has after EF's converter.
    /// </summary>
    private static async Task CopyAsync<T>(AppDbContext db, Table table, IReadOnlyList<T> rows, DbTransaction transaction, CancellationToken cancellationToken) where T : class
    {
        var connection = (NpgsqlConnection)transaction.Connection!;
        var keys = new List<long>(rows.Count);
        await using (var reserve = connection.CreateCommand())
        {
            reserve.Transaction = (NpgsqlTransaction)transaction;
            reserve.CommandTimeout = db.Database.GetCommandTimeout() ?? reserve.CommandTimeout;
            reserve.CommandText = "SELECT nextval(pg_get_serial_sequence($1, $2)) AS key FROM generate_series(1, $3) ORDER BY key";
            reserve.Parameters.Add(new NpgsqlParameter { Value = table.QuotedName });
            reserve.Parameters.Add(new NpgsqlParameter { Value = table.KeyColumn });
            reserve.Parameters.Add(new NpgsqlParameter { Value = rows.Count });
            await using var reader = await reserve.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                keys.Add(reader.IsDBNull(0) ? throw new NotSupportedException($"{table.Name}.{table.KeyColumn} is not numbered by a sequence of its own.") : reader.GetInt64(0));
            }
        }
        if (keys.Count != rows.Count)
        {
            throw new InvalidOperationException($"{keys.Count} keys came back for {rows.Count} new rows in {table.Name}.");
        }
        var columns = string.Join(", ", table.Columns.Select(c => table.Sql.DelimitIdentifier(c.Name)).Prepend(table.QuotedKey));
        await using (var writer = await connection.BeginBinaryImportAsync($"COPY {table.QuotedName} ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            writer.Timeout = TimeSpan.FromSeconds(db.Database.GetCommandTimeout() ?? 30);
            // Cancelled between rows, never inside a write: a write cut off midway breaks the connection, and with it the
            // caller's rollback; stopped between rows, disposing the writer ends the COPY cleanly.
            for (var i = 0; i < rows.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await writer.StartRowAsync(CancellationToken.None);
                await writer.WriteAsync(keys[i], "bigint", CancellationToken.None);
                foreach (var column in table.Columns)
                {
                    if (column.ProviderValue(rows[i]) is not DBNull and var value)
                    {
                        // The type without its size or precision ("character varying", not "(64)"), as the server names it.
                        await writer.WriteAsync(value, column.Mapping.StoreTypeNameBase, CancellationToken.None);
                    }
                    else
                    {
                        await writer.WriteNullAsync(CancellationToken.None);
                    }
                }
            }
            await writer.CompleteAsync(CancellationToken.None);
        }
        for (var i = 0; i < rows.Count; i++)
        {
            table.SetKey(rows[i], keys[i]);
        }
    }

    private sealed record Column(string Name, PropertyInfo Property, RelationalTypeMapping Mapping)
    {
        public object ProviderValue(object row)
        {
            var value = Property.GetValue(row);
            if (value is not null && Mapping.Converter is { } converter)
            {
                value = converter.ConvertToProvider(value);
            }
            return value ?? DBNull.Value;
        }
    }

    private sealed record Table(string Name, string QuotedName, string KeyColumn, string QuotedKey, PropertyInfo Key, IReadOnlyList<Column> Columns, ISqlGenerationHelper Sql)
    {
        public static Table Of(AppDbContext db, Type type)
        {
            var entityType = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the model.");
            if (Caching.PublicPages.TagOf(type) is not null)
            {
                throw new NotSupportedException($"{type.Name} shows on a cached public page: save it through SaveChanges, which evicts the page.");
            }
            if (entityType.BaseType is not null || entityType.GetDirectlyDerivedTypes().Any() || entityType.GetComplexProperties().Any() || entityType.GetNavigations().Any(n => n.TargetEntityType.IsOwned()))
            {
                throw new NotSupportedException($"{type.Name} has inheritance, owned or complex parts: save it through SaveChanges.");
            }
            var name = entityType.GetTableName() ?? throw new InvalidOperationException($"{type.Name} has no table.");
            var store = StoreObjectIdentifier.Table(name, entityType.GetSchema());
            var key = entityType.FindPrimaryKey()?.Properties is [{ } only] && only.ValueGenerated == ValueGenerated.OnAdd && only.ClrType == typeof(long)
                ? only
                : throw new NotSupportedException($"{type.Name} has no key the database numbers.");
            var columns = entityType.GetProperties().Where(p => p != key).Select(p =>
                    p.ValueGenerated != ValueGenerated.Never || p.GetDefaultValueSql() is not null || p.FindAnnotation(RelationalAnnotationNames.DefaultValue) is not null || p.GetComputedColumnSql() is not null
                        ? throw new NotSupportedException($"{type.Name}.{p.Name} gets its value from the database.")
                        : new Column(
                            p.GetColumnName(store) ?? throw new InvalidOperationException($"{type.Name}.{p.Name} has no column."),
                            p.PropertyInfo ?? throw new NotSupportedException($"{type.Name}.{p.Name} is not a property of the class."),
                            (RelationalTypeMapping)p.GetTypeMapping()))
                .ToList();
            var sql = db.GetService<ISqlGenerationHelper>();
            var keyColumn = key.GetColumnName(store)!;
            return new Table(name, sql.DelimitIdentifier(name, entityType.GetSchema()), keyColumn, sql.DelimitIdentifier(keyColumn), key.PropertyInfo!, columns, sql);
        }

        /// <summary>One row's insert, its values <c>@p0</c>, <c>@p1</c>… in the order of <see cref="Columns"/>.</summary>
        public string InsertSql() =>
            $"INSERT INTO {QuotedName} ({string.Join(", ", Columns.Select(c => Sql.DelimitIdentifier(c.Name)))}) " +
            $"VALUES ({string.Join(", ", Columns.Select((_, i) => $"@p{i}"))}) RETURNING {QuotedKey}";

        public void SetKey(object row, object? key) =>
            Key.SetValue(row, Convert.ToInt64(key ?? throw new InvalidOperationException($"No key came back for a new row in {Name}."), System.Globalization.CultureInfo.InvariantCulture));
    }
}
