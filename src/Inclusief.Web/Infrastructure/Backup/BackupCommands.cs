using Inclusief.Data;
using Inclusief.Web.Infrastructure.Crypto;
using Inclusief.Web.Infrastructure.Database;
using Inclusief.Web.Infrastructure.Hosting;
using Inclusief.Web.Infrastructure.Uploads;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Inclusief.Web.Infrastructure.Backup;

/// <summary>
/// <c>backup --output DIR [--include-master-key]</c> and <c>restore --input DIR</c>, run instead of the web server
/// (while it runs elsewhere, for a backup).
/// </summary>
public static class BackupCommands
{
    public static IServiceCollection AddBackup(this IServiceCollection services)
    {
        services.AddSingleton(new StartupCommand("backup", BackupAsync));
        services.AddSingleton(new StartupCommand("restore", RestoreAsync));
        return services;
    }

    /// <summary>This site's database and uploads, as its settings name them.</summary>
    public static BackupSite Site(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var configuration = services.GetRequiredService<IConfiguration>();
        var uploads = services.GetRequiredService<IOptions<UploadOptions>>().Value.Folder;
        return new BackupSite(DatabaseSetup.Provider(configuration), scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.GetConnectionString()!,
            Path.Combine(services.GetRequiredService<IHostEnvironment>().ContentRootPath, uploads), configuration["Backup:PostgresTools"]);
    }

    private static async Task<int> BackupAsync(IServiceProvider services, string[] args)
    {
        if (Option(args, "--output") is not { } output)
        {
            await Console.Error.WriteLineAsync("Usage: dotnet run --project src/Inclusief.Web -- backup --output DIR [--include-master-key]");
            return 2;
        }
        var withKey = args.Contains("--include-master-key");
        try
        {
            var manifest = await SiteBackup.WriteAsync(Site(services), output, withKey ? services.GetRequiredService<MasterKey>() : null, services.GetRequiredService<TimeProvider>());
            Console.WriteLine($"Backup written to {output}: {manifest.Rows.Count} tables, {manifest.Rows.Values.Sum()} rows, {manifest.Files.Count} files, up to migration {manifest.LastMigration}.");
            if (withKey)
            {
                await Console.Error.WriteLineAsync(
                    $"WARNING: {Path.Combine(output, BackupManifest.MasterKeyFile)} is the master key. With it, anyone holding this backup reads every " +
                    "encrypted field. Move it to a different place than the backup (another medium, another person) before the backup leaves this machine.");
            }
            return 0;
        }
        catch (BackupException refused)
        {
            await Console.Error.WriteLineAsync(refused.Message);
            return 1;
        }
    }

    private static async Task<int> RestoreAsync(IServiceProvider services, string[] args)
    {
        if (Option(args, "--input") is not { } input)
        {
            await Console.Error.WriteLineAsync("Usage: dotnet run --project src/Inclusief.Web -- restore --input DIR");
            return 2;
        }
        try
        {
            var manifest = await SiteBackup.RestoreAsync(Site(services), input);
            Console.WriteLine($"Restored the backup of {manifest.CreatedAt:yyyy-MM-dd HH:mm} UTC: {manifest.Rows.Count} tables and {manifest.Rows.Values.Sum()} rows checked, {manifest.Files.Count} files. " +
                "Encrypted fields open only with the master key of the site that made it (Crypto:MasterKeyFile). Start the site as usual.");
            return 0;
        }
        catch (BackupException refused)
        {
            await Console.Error.WriteLineAsync(refused.Message);
            return 1;
        }
    }

    private static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length && !args[at + 1].StartsWith("--", StringComparison.Ordinal) ? args[at + 1] : null;
}
