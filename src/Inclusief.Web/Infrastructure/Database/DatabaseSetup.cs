using Inclusief.Data;
using Inclusief.Web.Infrastructure.Audit;
using Inclusief.Web.Infrastructure.Jobs;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Infrastructure.Database;

public static class DatabaseSetup
{
    public const string SqliteMigrationsAssembly = "Inclusief.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "Inclusief.Migrations.Postgres";
    public const string DefaultSqliteConnection = "Data Source=data/inclusief.db";

    public static DatabaseProvider Provider(IConfiguration configuration) =>
        string.Equals(configuration["Database:Provider"], "Postgres", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.Postgres
            : DatabaseProvider.Sqlite;

    /// <summary>
    /// Several instances may share the database (PostgreSQL): then caches are evicted, rate limits counted, timed work
    /// claimed and starts serialised through it. SQLite is one instance by design.
    /// </summary>
    public static bool SharedByInstances(IConfiguration configuration) => Provider(configuration) == DatabaseProvider.Postgres;

    public static IServiceCollection AddDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddSingleton(new Hosting.StartupCommand("seed-load-data", LoadData.RunAsync));
        services.AddSingleton(new Hosting.StartupCommand("seed-conversation", LoadConversation.RunAsync));
        var provider = Provider(configuration);
        var connectionString = provider == DatabaseProvider.Postgres
            ? configuration.GetConnectionString("Postgres")
              ?? throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Postgres is not set.")
            : SqliteConnectionUnderContentRoot(configuration.GetConnectionString("Sqlite") ?? DefaultSqliteConnection, environment.ContentRootPath);

        services.AddSingleton<AppendOnlyInterceptor>();
        // Pooled: a request reuses a context and its internal services instead of building them again (a tenth of a
        // signed-in page's time went there). The options are built once; a pooled context is reset when returned.
        // 128 kept: a surge of 1,000 requests borrows more, and those are not kept.
        services.AddDbContextPool<AppDbContext>((sp, options) =>
        {
            options.UseModelAssemblies(typeof(DatabaseSetup).Assembly);
            if (provider == DatabaseProvider.Postgres)
            {
                options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(PostgresMigrationsAssembly));
            }
            else
            {
                options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly));
                options.AddInterceptors(new SqliteConnectionPragmas());
            }
            options.AddInterceptors(sp.GetRequiredService<AppendOnlyInterceptor>());
            // Commands that build a context without the web host's services (seed-load-data, create-admin) have no cache to evict.
            if (sp.GetService<Caching.PublicPageChanges>() is { } publicPages)
            {
                options.AddInterceptors(publicPages);
            }
        }, poolSize: 128);
        return services;
    }

    /// <summary>Creates the database if needed and applies every pending migration.</summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (db.Database.IsSqlite())
        {
            var dataSource = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            var directory = Path.GetDirectoryName(dataSource);
            if (!string.IsNullOrEmpty(directory) && !dataSource.StartsWith("file:", StringComparison.Ordinal))
            {
                Directory.CreateDirectory(directory);
            }
        }
        await db.Database.MigrateAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<Outbox>().SealPlainPayloadsAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers continue while a write is in progress; the setting is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    private static string SqliteConnectionUnderContentRoot(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource.StartsWith("file:", StringComparison.Ordinal) || builder.DataSource == ":memory:" || Path.IsPathRooted(builder.DataSource))
        {
            return connectionString;
        }
        builder.DataSource = Path.Combine(contentRoot, builder.DataSource);
        return builder.ToString();
    }
}
