using System.Net;
using System.Text.RegularExpressions;
using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Features.Complaints;
using Inclusief.Web.Infrastructure.Backup;
using Inclusief.Web.Infrastructure.Database;
using Inclusief.Web.Infrastructure.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inclusief.Tests.Infrastructure;

/// <summary>
/// <c>backup</c> writes the site as it is at one moment; <c>restore</c> puts it into an empty database, and a second
/// instance with the master key serves the same pages and opens the same encrypted complaint.
/// </summary>
public sealed partial class BackupTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("inclusief-backup-").FullName;
    private readonly SiteApp _original;
    private SiteApp _restored;

    // The second instance reads the master key the backup holds; a test of refusals gives it one of its own.
    public BackupTests()
    {
        _original = new SiteApp(Path.Combine(_folder, "uploads-original"));
        _restored = new SiteApp(Path.Combine(_folder, "uploads-restored"), Path.Combine(_folder, "backup", "master.key"));
    }

    private sealed class SiteApp(string uploads, string? masterKeyFile = null) : AppFactory
    {
        public string Uploads => uploads;

        protected override Dictionary<string, string?> ExtraSettings => masterKeyFile is null
            ? new() { ["Uploads:Folder"] = uploads }
            : new() { ["Uploads:Folder"] = uploads, ["Crypto:MasterKeyFile"] = masterKeyFile };
    }

    public void Dispose()
    {
        _restored.Dispose();
        _original.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private string Backup => Path.Combine(_folder, "backup");

    private BackupSite RestoredSite => new(Enum.Parse<DatabaseProvider>(_restored.Database.Provider), _restored.Database.ConnectionString, _restored.Uploads);

    private async Task<int> RunAsync(params string[] args) =>
        await _original.Services.GetServices<StartupCommand>().Single(c => c.Name == args[0]).RunAsync(_original.Services, args);

    [Fact]
    public async Task A_restored_backup_serves_the_same_pages_and_opens_the_same_complaint_on_a_second_instance()
    {
        var item = await _original.PublishAsync("Bankzaken voor zzp'ers", body: "Wat je meeneemt naar de bank.");
        await _original.CreateBrowser().SubmitComplaintAsync("Mijn zakelijke rekening is zonder uitleg opgezegd.");
        var caseworker = await _original.CreateAsync(StaffRoles.Caseworker, withTwoFactor: true);
        Guid complaint;
        await using (var scope = _original.Services.CreateAsyncScope())
        {
            complaint = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Complaint>().Select(c => c.Id).SingleAsync();
        }
        var before = await (await _original.SignInAsync(caseworker)).GetStringAsync($"/Complaints/Admin/Case/{complaint}");
        var knowledgeBefore = await _original.CreateBrowser().GetStringAsync($"/Knowledge/Item/{item}");

        var exit = await RunAsync("backup", "--output", Backup, "--include-master-key");
        await _original.CreateBrowser().SubmitComplaintAsync("Na de back-up gemeld.");
        var manifest = await SiteBackup.RestoreAsync(RestoredSite, Backup);

        var after = await (await _restored.SignInAsync(caseworker)).GetStringAsync($"/Complaints/Admin/Case/{complaint}");
        var knowledgeAfter = await _restored.CreateBrowser().GetStringAsync($"/Knowledge/Item/{item}");
        Assert.Equal(0, exit);
        Assert.True(manifest.IncludesMasterKey);
        Assert.Contains("Mijn zakelijke rekening is zonder uitleg opgezegd.", before, StringComparison.Ordinal);
        Assert.Contains("Mijn zakelijke rekening is zonder uitleg opgezegd.", after, StringComparison.Ordinal);
        Assert.Equal(Heading().Match(knowledgeBefore).Value, Heading().Match(knowledgeAfter).Value);
        Assert.Contains("Wat je meeneemt naar de bank.", knowledgeAfter, StringComparison.Ordinal);
        await using var restored = _restored.Services.CreateAsyncScope();
        var complaints = await restored.ServiceProvider.GetRequiredService<AppDbContext>().Set<Complaint>().CountAsync();
        Assert.Equal(1, complaints);
        Assert.Equal(manifest.Rows["DataProtectionKeys"], await restored.ServiceProvider.GetRequiredService<AppDbContext>().DataProtectionKeys.CountAsync());
    }

    [Fact]
    public async Task A_restore_refuses_a_database_that_is_not_empty_and_a_damaged_backup_and_a_backup_into_a_full_folder()
    {
        _restored.Dispose();
        _restored = new SiteApp(Path.Combine(_folder, "uploads-restored"));
        await _original.CreateBrowser().SubmitComplaintAsync("Mijn rekening is opgezegd.");
        Assert.Equal(0, await RunAsync("backup", "--output", Backup));
        var again = await RunAsync("backup", "--output", Backup);
        var damaged = Path.Combine(_folder, "damaged");
        Directory.CreateDirectory(damaged);
        foreach (var file in Directory.GetFiles(Backup))
        {
            File.Copy(file, Path.Combine(damaged, Path.GetFileName(file)));
        }
        await File.AppendAllTextAsync(Path.Combine(damaged, "key-ring.xml"), " ");

        var refusedDamaged = await Assert.ThrowsAsync<BackupException>(() => SiteBackup.RestoreAsync(RestoredSite, damaged));
        Assert.Equal(HttpStatusCode.OK, (await _restored.CreateBrowser().GetAsync("/")).StatusCode);
        var refusedFull = await Assert.ThrowsAsync<BackupException>(() => SiteBackup.RestoreAsync(RestoredSite, Backup));

        Assert.Equal(1, again);
        Assert.False(File.Exists(Path.Combine(Backup, "master.key")));
        Assert.Contains("key-ring.xml", refusedDamaged.Message, StringComparison.Ordinal);
        Assert.Contains("not empty", refusedFull.Message, StringComparison.Ordinal);
    }

    [GeneratedRegex("<h1[^>]*>[^<]*</h1>")]
    private static partial Regex Heading();
}
