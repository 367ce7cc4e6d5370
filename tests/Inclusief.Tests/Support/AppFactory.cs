using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace Inclusief.Tests.Support;

/// <summary>
/// The application under test: its own database, master key and mail folder; the outbox worker is off so
/// tests decide when queued work runs.
/// </summary>
public class AppFactory : WebApplicationFactory<Program>
{
    // A host watches its settings files for changes, one inotify instance each; with dozens of hosts in a run (and a
    // second run beside it) that meets the per-user limit of 128. Tests never change the files, so nobody watches.
    static AppFactory()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        // asp-append-version watches each stylesheet and script for changes; with inotify that is one instance per host,
        // and a run holds more hosts than the per-user limit of 128. Polling watches the same files without one.
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "1");
    }

    /// <summary>Its database, which a test may fill before the host starts (a restore).</summary>
    public TestDatabase Database { get; } = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("inclusief-test-").FullName;

    public CapturedLogs Logs { get; } = new();

    public string MailFolder => Path.Combine(_folder, "mail");

    /// <summary>This host's master key, written before the host starts; a second instance of the same site uses the same file.</summary>
    public string MasterKeyFile
    {
        get
        {
            var file = Path.Combine(_folder, "master.key");
            lock (_folder)
            {
                if (!File.Exists(file))
                {
                    File.WriteAllText(file, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
                }
            }
            return file;
        }
    }

    /// <summary>Extra settings a test class needs (for example a lower rate limit).</summary>
    protected virtual Dictionary<string, string?> ExtraSettings => [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var keyFile = MasterKeyFile;
        var settings = new Dictionary<string, string?>(Database.Settings)
        {
            ["Crypto:MasterKeyFile"] = keyFile,
            ["Security:RequireHttps"] = "false",
            ["Outbox:RunWorker"] = "false",
            ["Email:PickupFolder"] = MailFolder,
            ["RateLimits:SubmissionsPerMinute"] = "10000",
            ["RateLimits:ReceiptCodesPerMinute"] = "10000",
            ["RateLimits:ClientChecksPerMinute"] = "10000",
            ["RateLimits:WritesPerMinute"] = "10000",
            ["DemoData:Enabled"] = "false",
            // Receipt hashing is deliberately slow; tests need the behaviour, not the cost.
            ["Receipts:Iterations"] = "1000",
            ["Retention:RunWorker"] = "false",
        };
        foreach (var (key, value) in ExtraSettings)
        {
            settings[key] = value;
        }
        builder.UseEnvironment("Testing");
        // UseSetting, not ConfigureAppConfiguration: Program reads some settings before the host is built.
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        builder.ConfigureTestServices(ConfigureTestServices);
    }

    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = ClientOptions.BaseAddress });

    public IReadOnlyList<MimeMessage> Mails() =>
        Directory.Exists(MailFolder)
            ? Directory.GetFiles(MailFolder, "*.eml").Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f)).ToList()
            : [];

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Database.Dispose();
            Logs.Dispose();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by the host is left for the OS temp cleaner.
            }
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SharedApp : ICollectionFixture<AppFactory>
{
    public const string Name = "app";
}
