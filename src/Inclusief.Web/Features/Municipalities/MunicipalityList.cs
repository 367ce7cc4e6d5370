using Inclusief.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Inclusief.Web.Features.Municipalities;

/// <summary>
/// The municipality list: loaded at first start from the CBS list of 1 January 2025 shipped with the app
/// (source: CBS, CC BY 4.0), kept in memory for the pickers on forms.
/// </summary>
public sealed class MunicipalityList(IServiceScopeFactory scopes, IMemoryCache cache)
{
    private const string ResourceName = "Inclusief.Web.Features.Municipalities.gemeenten-2025.csv";

    public async Task<IReadOnlyList<Municipality>> ActiveAsync() =>
        await cache.GetOrCreateAsync(nameof(MunicipalityList), async item =>
        {
            item.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10);
            await using var scope = scopes.CreateAsyncScope();
            return (IReadOnlyList<Municipality>)await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Municipality>()
                .AsNoTracking().Where(m => m.IsActive).OrderBy(m => m.Name).ToListAsync();
        }) ?? [];

    public async Task<bool> ExistsAsync(string? code) => code is not null && (await ActiveAsync()).Any(m => m.Code == code);

    public static async Task SeedAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (await db.Set<Municipality>().AnyAsync())
        {
            return;
        }
        await using var stream = typeof(MunicipalityList).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        await reader.ReadLineAsync();
        while (await reader.ReadLineAsync() is { } line)
        {
            var parts = Fields(line);
            if (parts.Count == 3)
            {
                db.Set<Municipality>().Add(new Municipality { Code = parts[0], Name = parts[1], Province = parts[2] });
            }
        }
        await db.SaveChangesAsync();
    }

    /// <summary>Splits one CSV line; a field in double quotes may contain commas ("Nuenen, Gerwen en Nederwetten").</summary>
    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(current.ToString().Trim());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }
        fields.Add(current.ToString().Trim());
        return fields;
    }
}
