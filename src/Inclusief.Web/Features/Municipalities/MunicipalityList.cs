using Inclusief.Data;
using Inclusief.Web.Infrastructure.Pages;
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

    /// <summary>The municipalities that exist now, in the order of the names people use.</summary>
    public async Task<IReadOnlyList<Municipality>> ActiveAsync() => (await AllAsync()).Where(m => m.IsActive).ToList();

    /// <summary>The name people use for a code, also of a municipality that has since merged; the code itself when it is unknown.</summary>
    public async Task<string?> NameOfAsync(string? code) =>
        code is null ? null : (await AllAsync()).FirstOrDefault(m => m.Code == code)?.DisplayName ?? code;

    public async Task<bool> ExistsAsync(string? code) => code is not null && (await ActiveAsync()).Any(m => m.Code == code);

    private async Task<IReadOnlyList<Municipality>> AllAsync() =>
        await cache.GetOrCreateAsync(nameof(MunicipalityList), async item =>
        {
            item.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10);
            await using var scope = scopes.CreateAsyncScope();
            var all = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Municipality>().AsNoTracking().ToListAsync();
            return (IReadOnlyList<Municipality>)all.OrderBy(m => m.DisplayName, Municipality.NameOrder).ToList();
        }) ?? [];

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
        await foreach (var (line, parts) in CsvFile.ReadAsync(reader))
        {
            if (line > 1 && parts.Count == 3)
            {
                db.Set<Municipality>().Add(new Municipality { Code = parts[0], Name = parts[1], Province = parts[2] });
            }
        }
        await db.SaveChangesAsync();
    }

    public sealed record ImportResult(int Added, int Changed, int Ended, int Unchanged);

    /// <summary>
    /// Brings the list in line with a newer CBS list (<c>code,name,province</c>, optionally a fourth column
    /// <c>previous_codes</c> with the codes a merged municipality replaces, separated by <c>;</c>). Codes missing from
    /// the file end (they stay, inactive, so old records keep their name). Importing the same file twice changes
    /// nothing. A file with any bad row changes nothing at all.
    /// </summary>
    public async Task<ImportResult> ImportAsync(TextReader reader)
    {
        var rows = new List<(string Code, string Name, string Province, string[] Previous)>();
        var errors = new List<MunicipalityImportException.Problem>();
        var header = true;
        await foreach (var (number, parts) in CsvFile.ReadAsync(reader))
        {
            if (header)
            {
                if (!string.Join(',', parts).StartsWith("code,name,province", StringComparison.OrdinalIgnoreCase))
                {
                    throw WrongHeader();
                }
                header = false;
                continue;
            }
            if (parts.Count is < 3 or > 4 || !System.Text.RegularExpressions.Regex.IsMatch(parts[0], "^GM[0-9]{4}$") || parts[1].Length == 0 || parts[2].Length == 0)
            {
                errors.Add(new("Regel {0}: verwacht een code als GM0363, een naam en een provincie.", [number]));
                continue;
            }
            var previous = parts.Count == 4 ? parts[3].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            if (previous.Any(p => !System.Text.RegularExpressions.Regex.IsMatch(p, "^GM[0-9]{4}$")))
            {
                errors.Add(new("Regel {0}: eerdere codes moeten er uitzien als GM0363, gescheiden door ;.", [number]));
                continue;
            }
            rows.Add((parts[0], parts[1], parts[2], previous));
        }
        if (header)
        {
            throw WrongHeader();
        }
        errors.AddRange(rows.GroupBy(r => r.Code).Where(g => g.Count() > 1).Select(g => new MunicipalityImportException.Problem("De code {0} staat er meer dan eens in.", [g.Key])));
        if (rows.Count == 0)
        {
            errors.Add(new("Het bestand bevat geen gemeenten.", []));
        }
        if (errors.Count > 0)
        {
            throw new MunicipalityImportException(errors);
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var existing = await db.Set<Municipality>().ToDictionaryAsync(m => m.Code);
        int added = 0, changed = 0, ended = 0, unchanged = 0;
        foreach (var (code, name, province, _) in rows)
        {
            if (!existing.TryGetValue(code, out var municipality))
            {
                db.Add(new Municipality { Code = code, Name = name, Province = province });
                added++;
            }
            else if (municipality.Name != name || municipality.Province != province || !municipality.IsActive)
            {
                (municipality.Name, municipality.Province, municipality.IsActive, municipality.MergedInto) = (name, province, true, null);
                changed++;
            }
            else
            {
                unchanged++;
            }
        }
        var listed = rows.Select(r => r.Code).ToHashSet();
        foreach (var municipality in existing.Values.Where(m => m.IsActive && !listed.Contains(m.Code)))
        {
            municipality.IsActive = false;
            ended++;
        }
        foreach (var (code, _, _, previous) in rows)
        {
            foreach (var old in previous.Where(p => existing.ContainsKey(p) && !listed.Contains(p)))
            {
                existing[old].MergedInto = code;
            }
        }
        await db.SaveChangesAsync();
        cache.Remove(nameof(MunicipalityList));
        return new ImportResult(added, changed, ended, unchanged);
    }

    private static MunicipalityImportException WrongHeader() =>
        new([new("De eerste regel moet zijn: code,name,province (zoals in het CBS-bestand).", [])]);
}
