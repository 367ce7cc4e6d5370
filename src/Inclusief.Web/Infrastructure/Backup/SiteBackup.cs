using System.Data;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Xml.Linq;
using Inclusief.Web.Infrastructure.Crypto;
using Inclusief.Web.Infrastructure.Database;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Inclusief.Web.Infrastructure.Backup;

/// <summary>Where a backup comes from or goes to: the database and the folder with uploaded files.</summary>
public sealed record BackupSite(DatabaseProvider Provider, string ConnectionString, string UploadsFolder, string? PostgresTools = null);

/// <summary>
/// A consistent online backup of everything the site keeps: the database (SQLite's backup API, or
/// <c>pg_dump</c> from one exported snapshot), the Data Protection key ring (also inside the database, wrapped by
/// the master key), the uploaded files and, only when asked, the master key. A restore goes into an empty
/// database only, and checks every file's hash and every table's row count against the manifest.
/// </summary>
public static class SiteBackup
{
    private const string SqliteFile = "database.sqlite";
    private const string PostgresFile = "database.pgdump";
    private const string KeyRingFile = "key-ring.xml";
    private const string UploadsFolder = "uploads";

    public static async Task<BackupManifest> WriteAsync(BackupSite site, string folder, MasterKey? masterKey, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        // A new folder only its owner can enter: the backup holds every plain column and every uploaded file. One that
        // exists already could have been made (or linked elsewhere) by someone else.
        if (Directory.Exists(folder) || File.Exists(folder))
        {
            throw new BackupException($"{folder} exists already; a backup goes into a new folder.");
        }
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        var rows = site.Provider == DatabaseProvider.Postgres
            ? await DumpPostgresAsync(site, Path.Combine(folder, PostgresFile), cancellationToken)
            : await CopySqliteAsync(site.ConnectionString, Path.Combine(folder, SqliteFile), cancellationToken);
        await WriteKeyRingAsync(site, folder, cancellationToken);
        CopyFolder(site.UploadsFolder, Path.Combine(folder, UploadsFolder));
        masterKey?.WriteTo(Path.Combine(folder, BackupManifest.MasterKeyFile));
        var manifest = new BackupManifest(BackupManifest.CurrentFormat, site.Provider.ToString(), clock.GetUtcNow().UtcDateTime,
            await LastMigrationAsync(site, cancellationToken), masterKey is not null, rows, await BackupManifest.HashFilesAsync(folder));
        await manifest.WriteAsync(folder);
        return manifest;
    }

    public static async Task<BackupManifest> RestoreAsync(BackupSite site, string folder, CancellationToken cancellationToken = default)
    {
        var manifest = await BackupManifest.ReadAsync(folder);
        if (!string.Equals(manifest.Provider, site.Provider.ToString(), StringComparison.Ordinal))
        {
            throw new BackupException($"The backup is of a {manifest.Provider} database; this site runs on {site.Provider}.");
        }
        var hashes = await BackupManifest.HashFilesAsync(folder);
        var damaged = manifest.Files.Where(f => hashes.GetValueOrDefault(f.Key) != f.Value).Select(f => f.Key).Concat(hashes.Keys.Except(manifest.Files.Keys)).ToList();
        if (damaged.Count > 0)
        {
            throw new BackupException($"The backup is damaged or incomplete; these files differ from the manifest: {string.Join(", ", damaged)}.");
        }
        if (Directory.Exists(site.UploadsFolder) && Directory.EnumerateFileSystemEntries(site.UploadsFolder).Any())
        {
            throw new BackupException($"The uploads folder {site.UploadsFolder} is not empty; a restore goes into an empty site.");
        }
        if (site.Provider == DatabaseProvider.Postgres)
        {
            await RestorePostgresAsync(site, Path.Combine(folder, PostgresFile), cancellationToken);
        }
        else
        {
            await RestoreSqliteAsync(site.ConnectionString, Path.Combine(folder, SqliteFile), cancellationToken);
        }
        var restored = await CountRowsAsync(site, cancellationToken);
        var differing = manifest.Rows.Where(r => restored.GetValueOrDefault(r.Key, -1) != r.Value).Select(r => $"{r.Key} ({restored.GetValueOrDefault(r.Key, -1)} of {r.Value})").ToList();
        if (differing.Count > 0)
        {
            throw new BackupException($"The restored database differs from the backup in: {string.Join(", ", differing)}.");
        }
        CopyFolder(Path.Combine(folder, UploadsFolder), site.UploadsFolder);
        return manifest;
    }

    private static async Task<SortedDictionary<string, long>> CopySqliteAsync(string connectionString, string file, CancellationToken cancellationToken)
    {
        await using var source = new SqliteConnection(connectionString);
        await source.OpenAsync(cancellationToken);
        await using (var target = new SqliteConnection(FileConnection(file, SqliteOpenMode.ReadWriteCreate)))
        {
            await target.OpenAsync(cancellationToken);
            // One step of the backup API, under one read transaction: the copy is one moment, while writers go on (WAL).
            source.BackupDatabase(target);
            await ExecuteAsync(target, "PRAGMA journal_mode=DELETE;", cancellationToken);
        }
        await using var copy = new SqliteConnection(FileConnection(file, SqliteOpenMode.ReadOnly));
        await copy.OpenAsync(cancellationToken);
        return await CountRowsAsync(copy, DatabaseProvider.Sqlite, cancellationToken);
    }

    private static async Task RestoreSqliteAsync(string connectionString, string file, CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (!builder.DataSource.StartsWith("file:", StringComparison.Ordinal) && Path.GetDirectoryName(builder.DataSource) is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
        }
        await using var target = new SqliteConnection(connectionString);
        await target.OpenAsync(cancellationToken);
        await RefuseUnlessEmptyAsync(target, DatabaseProvider.Sqlite, cancellationToken);
        await using var source = new SqliteConnection(FileConnection(file, SqliteOpenMode.ReadOnly));
        await source.OpenAsync(cancellationToken);
        source.BackupDatabase(target);
    }

    private static string FileConnection(string file, SqliteOpenMode mode) =>
        new SqliteConnectionStringBuilder { DataSource = file, Mode = mode, Pooling = false }.ToString();

    private static async Task<SortedDictionary<string, long>> DumpPostgresAsync(BackupSite site, string file, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(site.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        // pg_dump reads the snapshot this transaction exports, so the counts in the manifest are those of the dump.
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        await using var export = new NpgsqlCommand("SELECT pg_export_snapshot()", connection, transaction);
        var snapshot = (string)(await export.ExecuteScalarAsync(cancellationToken))!;
        var rows = await CountRowsAsync(connection, DatabaseProvider.Postgres, cancellationToken);
        await RunPostgresToolAsync(site, "pg_dump", ["--format=custom", "--no-owner", "--no-privileges", "--no-unlogged-table-data", $"--snapshot={snapshot}", $"--file={file}"], database: null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return rows;
    }

    private static async Task RestorePostgresAsync(BackupSite site, string file, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(site.ConnectionString);
        var server = new NpgsqlConnectionStringBuilder(site.ConnectionString) { Database = "postgres", Pooling = false };
        await using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var exists = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", connection);
            exists.Parameters.AddWithValue("name", target.Database!);
            if ((long)(await exists.ExecuteScalarAsync(cancellationToken))! == 0)
            {
                await ExecuteAsync(connection, $"CREATE DATABASE \"{target.Database!.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", cancellationToken);
            }
        }
        await using (var connection = new NpgsqlConnection(site.ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await RefuseUnlessEmptyAsync(connection, DatabaseProvider.Postgres, cancellationToken);
        }
        await RunPostgresToolAsync(site, "pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", $"--dbname={target.Database}", file], target.Database, cancellationToken);
        NpgsqlConnection.ClearAllPools();
    }

    private static async Task RunPostgresToolAsync(BackupSite site, string tool, IEnumerable<string> arguments, string? database, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnectionStringBuilder(site.ConnectionString);
        var start = new ProcessStartInfo(PostgresTool(site.PostgresTools, tool)) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        // The password travels in the environment, never on the command line where other users could see it.
        start.Environment["PGHOST"] = connection.Host;
        start.Environment["PGPORT"] = connection.Port.ToString(CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = connection.Username;
        start.Environment["PGDATABASE"] = database ?? connection.Database;
        if (!string.IsNullOrEmpty(connection.Password))
        {
            start.Environment["PGPASSWORD"] = connection.Password;
        }
        // The dump travels as encrypted as the site's own connection does.
        start.Environment["PGSSLMODE"] = connection.SslMode switch
        {
            SslMode.Disable => "disable",
            SslMode.Allow => "allow",
            SslMode.Require => "require",
            SslMode.VerifyCA => "verify-ca",
            SslMode.VerifyFull => "verify-full",
            _ => "prefer",
        };
        using var process = Process.Start(start) ?? throw new BackupException($"{tool} did not start.");
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new BackupException($"{tool} failed ({process.ExitCode}): {(await errors).Trim()}");
        }
    }

    /// <summary>The configured folder, else the newest PostgreSQL on the machine (Debian keeps them per version), else the PATH.</summary>
    private static string PostgresTool(string? configured, string tool)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.Combine(configured, tool);
        }
        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", tool)).Where(File.Exists)
                .OrderByDescending(p => int.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(p))), out var v) ? v : 0).FirstOrDefault()
            : null;
        return installed ?? tool;
    }

    private static async Task RefuseUnlessEmptyAsync(DbConnection connection, DatabaseProvider provider, CancellationToken cancellationToken)
    {
        if ((await TablesAsync(connection, provider, cancellationToken)).Count > 0)
        {
            throw new BackupException("The database is not empty; a restore goes into an empty database only. Create a new one (or remove this one) and restore again.");
        }
    }

    private static async Task<SortedDictionary<string, long>> CountRowsAsync(BackupSite site, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(site, cancellationToken);
        return await CountRowsAsync(connection, site.Provider, cancellationToken);
    }

    private static async Task<SortedDictionary<string, long>> CountRowsAsync(DbConnection connection, DatabaseProvider provider, CancellationToken cancellationToken)
    {
        var rows = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in await TablesAsync(connection, provider, cancellationToken))
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT count(*) FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            rows[table] = Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }
        return rows;
    }

    private static async Task<List<string>> TablesAsync(DbConnection connection, DatabaseProvider provider, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = provider == DatabaseProvider.Postgres
            // UNLOGGED tables (rate-limit counts) are left out of the dump, and so out of the counts.
            ? "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relpersistence = 'p'"
            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            tables.Add(reader.GetString(0));
        }
        return tables;
    }

    private static async Task<string> LastMigrationAsync(BackupSite site, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(site, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT max(\"MigrationId\") FROM \"__EFMigrationsHistory\"";
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) ?? "";
    }

    /// <summary>The wrapped Data Protection keys, also in the database: a readable record of which keys a restore needs.</summary>
    private static async Task WriteKeyRingAsync(BackupSite site, string folder, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(site, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"FriendlyName\", \"Xml\" FROM \"DataProtectionKeys\" ORDER BY \"Id\"";
        var ring = new XElement("keyRing", new XComment(" Wrapped by the master key; the same keys are in the database backup. "));
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                ring.Add(new XElement("entry", new XAttribute("friendlyName", reader.IsDBNull(0) ? "" : reader.GetString(0)), XElement.Parse(reader.GetString(1))));
            }
        }
        await using var file = File.Create(Path.Combine(folder, KeyRingFile));
        await ring.SaveAsync(file, SaveOptions.None, cancellationToken);
    }

    /// <summary>Regular files only: a link is not followed (it could point anywhere), and a file removed meanwhile is skipped.</summary>
    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        if (!Directory.Exists(from))
        {
            return;
        }
        var files = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint };
        foreach (var file in Directory.EnumerateFiles(from, "*", files))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            try
            {
                File.Copy(file, target);
            }
            catch (FileNotFoundException)
            {
                // Deleted after the database was copied: the copy holds no row for it either.
            }
        }
    }

    private static async Task<DbConnection> OpenAsync(BackupSite site, CancellationToken cancellationToken)
    {
        DbConnection connection = site.Provider == DatabaseProvider.Postgres ? new NpgsqlConnection(site.ConnectionString) : new SqliteConnection(site.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
