using Inclusief.Web.Features.Municipalities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inclusief.Web.Features.Policies;

/// <summary>Two to five municipalities side by side; rows where their policies differ are marked.</summary>
[AllowAnonymous]
public sealed class CompareModel(PolicyRegister register) : PageModel
{
    public const int Most = 5;

    public IReadOnlyList<Municipality> All { get; private set; } = [];

    public IReadOnlyList<(Municipality Municipality, PolicyRecord? Record)> Chosen { get; private set; } = [];

    public string? Problem { get; private set; }

    public async Task OnGetAsync(List<string> c)
    {
        All = (await register.MunicipalitiesAsync()).Where(m => m.IsActive).ToList();
        var codes = c.Where(x => !string.IsNullOrWhiteSpace(x)).Distinct().ToList();
        var known = (await register.MunicipalitiesAsync()).ToDictionary(m => m.Code);
        if (codes.Any(code => !known.ContainsKey(code)))
        {
            Problem = "Een gekozen gemeente kennen we niet (misschien is ze samengevoegd). Kies opnieuw.";
            codes = codes.Where(known.ContainsKey).ToList();
        }
        if (codes.Count > Most)
        {
            Problem = "Vergelijk hoogstens vijf gemeenten tegelijk.";
            codes = codes.Take(Most).ToList();
        }
        var current = await register.CurrentAsync(codes);
        Chosen = codes.Select(code => (known[code], current.GetValueOrDefault(code))).ToList();
    }

    public bool Differs(PolicyDimension dimension) =>
        Chosen.Count > 1 && Chosen.Select(c => string.Join('|', (c.Record?.ValueOf(dimension.Code) ?? [PolicyDimension.Unknown]).Order(StringComparer.Ordinal))).Distinct().Count() > 1;
}
