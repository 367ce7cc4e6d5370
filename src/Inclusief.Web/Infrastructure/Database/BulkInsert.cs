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
/// tracker writes one row at a time and spent most of a fan-out doing so. The statement is made from the model and each
/// value goes through EF's own type mapping and converter, so dates, Guids and nulls are stored as SaveChanges stores
/// them, and the key the database numbers is set on each row. For plain entities only: an int or long key the database
/// numbers, every other column a property of the class without a database default, no inheritance or complex types
/// (<see cref="Table.Of"/> refuses the rest). It runs in the caller's transaction, which it requires. The connection's
/// interceptors (SQLite's pragmas) apply; the SaveChanges interceptors do not, so it refuses entities a cached public page
/// shows (their eviction is collected there). On SQLite, in the process, one prepared statement runs per row; on
/// PostgreSQL the rows go in prepared batches, one round trip per batch.
/// </summary>
public static class BulkInsert
{
    private const int RowsPerRoundTrip = 500;

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
            await InBatchesAsync(db, table, rows, transaction, cancellationToken);
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
            // The same statement 500 times: prepared, the server parses and plans it once per connection, not per row.
            await batch.PrepareAsync(cancellationToken);
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
            var key = entityType.FindPrimaryKey()?.Properties is [{ } only] && only.ValueGenerated == ValueGenerated.OnAdd && (only.ClrType == typeof(long) || only.ClrType == typeof(int))
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
            return new Table(name, sql.DelimitIdentifier(name, entityType.GetSchema()), sql.DelimitIdentifier(key.GetColumnName(store)!), key.PropertyInfo!, columns, sql);
        }

        public string InsertSql(Func<int, string> placeholder) =>
            $"INSERT INTO {QuotedName} ({string.Join(", ", Columns.Select(c => Sql.DelimitIdentifier(c.Name)))}) " +
            $"VALUES ({string.Join(", ", Columns.Select((_, i) => placeholder(i)))}) RETURNING {QuotedKey}";

        public void SetKey(object row, object? key) =>
            Key.SetValue(row, Convert.ChangeType(key ?? throw new InvalidOperationException($"No key came back for a new row in {Name}."), Key.PropertyType, System.Globalization.CultureInfo.InvariantCulture));
    }
}
