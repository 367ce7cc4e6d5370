using System.Text;
using Inclusief.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inclusief.Tests.Support;

/// <summary>For encryption-at-rest tests: what someone with a copy of the database could read.</summary>
public static class DatabaseText
{
    /// <summary>Every value of every table, as text; on SQLite also the raw bytes of a copy of the database file.</summary>
    public static async Task<string> EverythingInTheDatabaseAsync(this AppFactory app)
    {
        var tables = await TablesAsTextAsync(app);
        var all = new StringBuilder(string.Concat(tables.Values));
        if (!TestDatabase.IsPostgres)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var connection = scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.GetDbConnection();
            await connection.OpenAsync();
            var file = Path.Combine(Path.GetTempPath(), $"inclusief-grep-{Guid.NewGuid():N}.db");
            await using (var vacuum = connection.CreateCommand())
            {
                vacuum.CommandText = $"VACUUM INTO '{file}'";
                await vacuum.ExecuteNonQueryAsync();
            }
            all.Append(Encoding.UTF8.GetString(await File.ReadAllBytesAsync(file)));
            File.Delete(file);
        }
        return all.ToString();
    }

    /// <summary>The tables whose values contain <paramref name="text"/> (ignoring case).</summary>
    public static async Task<List<string>> TablesContainingAsync(this AppFactory app, string text) =>
        (await TablesAsTextAsync(app)).Where(t => t.Value.Contains(text, StringComparison.OrdinalIgnoreCase)).Select(t => t.Key).Order(StringComparer.Ordinal).ToList();

    private static async Task<Dictionary<string, string>> TablesAsTextAsync(AppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var text = new Dictionary<string, string>(StringComparer.Ordinal);
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = TestDatabase.IsPostgres
                ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                : "SELECT name FROM sqlite_master WHERE type = 'table'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }
        foreach (var table in tables)
        {
            var all = new StringBuilder();
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    all.Append(reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
                }
            }
            text[table] = all.ToString();
        }
        return text;
    }
}
