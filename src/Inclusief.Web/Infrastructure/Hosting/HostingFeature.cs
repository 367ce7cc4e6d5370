using Inclusief.Web.Infrastructure.Database;
using Inclusief.Web.Infrastructure.Security;

namespace Inclusief.Web.Infrastructure.Hosting;

/// <summary>What happens around the features: the web server's limits, the command line, and getting the database ready at start.</summary>
public static class HostingFeature
{
    public static IWebHostBuilder UseServerLimits(this IWebHostBuilder host, IConfiguration configuration) =>
        host.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = configuration.GetValue<long>("Limits:MaxRequestBodyBytes", 10 * 1024 * 1024);
        });

    /// <summary>Runs the command named first on the command line (a <see cref="StartupCommand"/> a feature registered) and returns its exit code; null when the site should start.</summary>
    public static async Task<int?> RunCommandAsync(this WebApplication app, string[] args) =>
        args.Length > 0 && app.Services.GetServices<StartupCommand>().FirstOrDefault(c => c.Name == args[0]) is { } command
            ? await command.RunAsync(app.Services, args)
            : null;

    /// <summary>Checks the settings that must be there, migrates, and runs the features' seeds, then the demo data (Development only); one instance at a time (<see cref="StartLock"/>).</summary>
    public static async Task PrepareAsync(this WebApplication app)
    {
        // Fails at start, not at the first mail, when Site:PublicUrl is missing outside Development.
        _ = app.Services.GetRequiredService<PublicAddress>();
        await using var startLock = await StartLock.TakeAsync(app.Configuration);
        await app.Services.MigrateDatabaseAsync();
        foreach (var seed in app.Services.GetServices<StartupSeed>())
        {
            await seed.SeedAsync(app.Services);
        }
        await app.Services.SeedDemoDataAsync(app.Environment, app.Configuration);
    }
}
