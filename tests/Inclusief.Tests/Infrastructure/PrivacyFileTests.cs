using System.Text.RegularExpressions;
using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Infrastructure.Privacy;
using Microsoft.Extensions.DependencyInjection;

namespace Inclusief.Tests.Infrastructure;

/// <summary>
/// PRIVACY.md is the input for the DPIA: every stored kind of thing is in it, either in its module's table or in the
/// list of entities without personal data, and so is every feature's export and erasure.
/// </summary>
[Collection(SharedApp.Name)]
public sealed partial class PrivacyFileTests(AppFactory app)
{
    private static HashSet<string> NamedInPrivacyFile()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Inclusief.slnx")))
        {
            folder = folder.Parent;
        }
        var text = File.ReadAllText(Path.Combine(folder?.FullName ?? throw new InvalidOperationException("No repository root above the tests."), "PRIVACY.md"));
        return Backticked().Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
    }

    [Fact]
    public void Every_entity_the_database_stores_is_described_in_PRIVACY_md()
    {
        using var scope = app.Services.CreateScope();
        var entities = scope.ServiceProvider.GetRequiredService<AppDbContext>().Model.GetEntityTypes()
            .Where(e => !e.IsOwned() && !e.HasSharedClrType).Select(e => e.ClrType.Name.Split('`')[0]).Distinct().Order(StringComparer.Ordinal).ToList();
        var named = NamedInPrivacyFile();

        Assert.True(entities.Count > 40, $"{entities.Count} entities");
        Assert.Equal([], entities.Where(e => !named.Contains(e)).ToList());
    }

    [Fact]
    public void Every_export_and_erasure_of_personal_data_is_registered_and_described_in_PRIVACY_md()
    {
        var implementations = typeof(IPersonalData).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IPersonalData).IsAssignableFrom(t)).Select(t => t.Name).Order(StringComparer.Ordinal).ToList();
        using var scope = app.Services.CreateScope();
        var registered = scope.ServiceProvider.GetServices<IPersonalData>().Select(p => p.GetType().Name).Order(StringComparer.Ordinal).ToList();

        Assert.Contains("SubProjectPersonalData", implementations);
        Assert.Equal(implementations, registered);
        Assert.Equal([], implementations.Where(i => !NamedInPrivacyFile().Contains(i)).ToList());
    }

    [GeneratedRegex("`([A-Za-z][A-Za-z0-9]*)`")]
    private static partial Regex Backticked();
}
