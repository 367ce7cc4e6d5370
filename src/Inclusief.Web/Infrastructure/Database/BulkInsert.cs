using System.Data.Common;
using System.Reflection;
using Inclusief.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Inclusief.Web.Infrastructure.Database;

/// <summary>
/// Writes thousands of new rows of one kind at once (a warning or an edition fanned out to every member): the change
/// tracker writes one row at a time and spends most of a fan-out doing so. One statement is made from the model, so
/// every value is stored exactly as SaveChanges would (converters, UTC dates, enums by name), and the key the database
/// numbers is set on each row, in the caller's transaction or in one of its own. On SQLite, where the database is in
/// the process, one prepared statement runs per row; on PostgreSQL the rows go in batches, one round trip per batch.
/// Interceptors do not see these rows: use it only for rows no cached public page shows.
/// </summary>
public static class BulkInsert
{
    private const int RowsPerRoundTrip = 500;

    public static async Task InsertAsync<T>(this AppDbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken = default) where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }
        var table = Table.Of(db, typeof(T));
        await db.Database.OpenConnectionAsync(cancellationToken);
        var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var transaction = db.Database.CurrentTransaction!.GetDbTransaction();
            if (db.Database.IsNpgsql())
            {
                await InBatchesAsync(db, table, rows, transaction, cancellationToken);
            }
            else
            {
                await OnePreparedStatementAsync(db, table, rows, transaction, cancellationToken);
            }
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task OnePreparedStatementAsync<T>(AppDbContext db, Table table, IReadOnlyList<T> rows, DbTransaction transaction, CancellationToken cancellationToken) where T : class
    {
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandTimeout = db.Database.GetCommandTimeout() ?? command.CommandTimeout;
        command.CommandText = table.InsertSql(i => $"@p{i}");
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

    private static async Task InBatchesAsync<T>(AppDbContext db, Table table, IReadOnlyList<T> rows, DbTransaction transaction, CancellationToken cancellationToken) where T : class
    {
        var connection = transaction.Connection!;
        // A template command lends each parameter EF's provider type; the parameters then move to the batch's commands.
        await using var template = connection.CreateCommand();
        var sql = table.InsertSql(i => $"${i + 1}");
        foreach (var chunk in rows.Chunk(RowsPerRoundTrip))
        {
            await using var batch = connection.CreateBatch();
            batch.Transaction = transaction;
            batch.Timeout = db.Database.GetCommandTimeout() ?? batch.Timeout;
            foreach (var row in chunk)
            {
                var command = batch.CreateBatchCommand();
                command.CommandText = sql;
                foreach (var column in table.Columns)
                {
                    var parameter = column.Mapping.CreateParameter(template, "", null, nullable: true);
                    parameter.Value = column.ProviderValue(row);
                    command.Parameters.Add(parameter);
                }
                batch.BatchCommands.Add(command);
            }
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            foreach (var row in chunk)
            {
                if (!await reader.ReadAsync(cancellationToken))
                {
                    throw new InvalidOperationException($"No key came back for a new row in {table.Name}.");
                }
                table.SetKey(row, reader.GetValue(0));
                await reader.NextResultAsync(cancellationToken);
            }
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

    private sealed record Table(string Name, string QuotedName, string QuotedKey, PropertyInfo Key, IReadOnlyList<Column> Columns, ISqlGenerationHelper Sql)
    {
        public static Table Of(AppDbContext db, Type type)
        {
            var entityType = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the model.");
            var name = entityType.GetTableName() ?? throw new InvalidOperationException($"{type.Name} has no table.");
            var store = StoreObjectIdentifier.Table(name, entityType.GetSchema());
            var key = entityType.FindPrimaryKey()?.Properties is [{ } only] && only.ValueGenerated == ValueGenerated.OnAdd && (only.ClrType == typeof(long) || only.ClrType == typeof(int))
                ? only
                : throw new NotSupportedException($"{type.Name} has no key the database numbers.");
            var columns = entityType.GetProperties().Where(p => p != key).Select(p => new Column(
                    p.GetColumnName(store) ?? throw new InvalidOperationException($"{type.Name}.{p.Name} has no column."),
                    p.PropertyInfo ?? throw new NotSupportedException($"{type.Name}.{p.Name} is not a property of the class."),
                    (RelationalTypeMapping)p.GetTypeMapping()))
                .ToList();
            var sql = db.GetService<ISqlGenerationHelper>();
            return new Table(name, sql.DelimitIdentifier(name, entityType.GetSchema()), sql.DelimitIdentifier(key.GetColumnName(store)!), key.PropertyInfo!, columns, sql);
        }

        public string InsertSql(Func<int, string> placeholder) =>
            $"INSERT INTO {QuotedName} ({string.Join(", ", Columns.Select(c => Sql.DelimitIdentifier(c.Name)))}) " +
            $"VALUES ({string.Join(", ", Columns.Select((_, i) => placeholder(i)))}) RETURNING {QuotedKey}";

        public void SetKey(object row, object? key) =>
            Key.SetValue(row, Convert.ChangeType(key ?? throw new InvalidOperationException($"No key came back for a new row in {Name}."), Key.PropertyType, System.Globalization.CultureInfo.InvariantCulture));
    }
}
