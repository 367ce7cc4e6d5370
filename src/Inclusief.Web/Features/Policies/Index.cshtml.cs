using System.Globalization;
using System.Text.Json;
using Inclusief.Web.Features.Municipalities;
using Inclusief.Web.Infrastructure.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Inclusief.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.OutputCaching;

namespace Inclusief.Web.Features.Policies;

/// <summary>All municipalities on one aspect of policy, filtered; and the whole register as open data (CSV, JSON).</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPages.Policy, Tags = new[] { PublicPages.Policies, PublicPages.Municipalities })]
public sealed class IndexModel(PolicyRegister register) : PageModel
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [BindProperty(SupportsGet = true)]
    public string Dimension { get; set; } = "cap";

    [BindProperty(SupportsGet = true)]
    public string? Value { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Province { get; set; }

    /// <summary>Part of a municipality's name, the official one or the one people use.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Name { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool MappedOnly { get; set; } = true;

    public PolicyDimension Selected { get; private set; } = PolicyDimension.All[0];

    public IReadOnlyList<(Municipality Municipality, PolicyRecord? Record)> Rows { get; private set; } = [];

    public IReadOnlyList<string> Provinces { get; private set; } = [];

    public int Mapped { get; private set; }

    public async Task OnGetAsync()
    {
        Selected = PolicyDimension.Find(Dimension) ?? PolicyDimension.All[0];
        var municipalities = await register.MunicipalitiesAsync();
        var current = await register.CurrentAsync();
        Mapped = current.Count;
        Provinces = municipalities.Select(m => m.Province).Distinct().Order(StringComparer.Ordinal).ToList();
        Rows = municipalities
            .Where(m => m.IsActive || current.ContainsKey(m.Code))
            .Where(m => Province is null || m.Province == Province)
            .Where(m => string.IsNullOrWhiteSpace(Name) || m.IsCalled(Name))
            .Select(m => (m, current.GetValueOrDefault(m.Code)))
            .Where(r => !MappedOnly || r.Item2 is not null)
            .Where(r => Value is null || (r.Item2?.ValueOf(Selected.Code) ?? [PolicyDimension.Unknown]).Contains(Value))
            .ToList();
    }

    public async Task<IActionResult> OnGetCsvAsync()
    {
        var (municipalities, current) = (await register.MunicipalitiesAsync(), await register.CurrentAsync());
        return CsvFile.Download("sekswerkbeleid-gemeenten.csv", ["gemeentecode", "gemeente", "geldig_vanaf", .. PolicyDimension.All.Select(d => d.Code), "bronnen"],
            municipalities.Where(m => current.ContainsKey(m.Code)).Select(m => (Municipality: m, Record: current[m.Code])).Select(x => (CsvCell[])
            [
                CsvCell.Plain(x.Municipality.Code), x.Municipality.Name, CsvCell.Plain(x.Record.ValidFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                .. PolicyDimension.All.Select(d => CsvCell.Text(string.Join('|', x.Record.ValueOf(d.Code)))),
                string.Join(" | ", x.Record.Sources.Select(s => $"{s.Title} {s.Url} {s.PublishedOn:yyyy-MM-dd}".Trim())),
            ]));
    }

    public async Task<IActionResult> OnGetJsonAsync()
    {
        var (municipalities, current) = (await register.MunicipalitiesAsync(), await register.CurrentAsync());
        var data = municipalities.Where(m => current.ContainsKey(m.Code)).Select(m => new
        {
            code = m.Code,
            name = m.Name,
            province = m.Province,
            validFrom = current[m.Code].ValidFrom,
            values = current[m.Code].Values,
            notes = current[m.Code].Notes,
            sources = current[m.Code].Sources.Select(s => new { title = s.Title, url = s.Url, date = s.PublishedOn }),
        });
        return File(JsonSerializer.SerializeToUtf8Bytes(new { dimensions = PolicyDimension.All.Select(d => new { code = d.Code, label = d.Label, multiple = d.Multiple, options = d.Options.Select(o => new { value = o.Value, label = o.Label }) }), municipalities = data },
            Indented), "application/json", "sekswerkbeleid-gemeenten.json");
    }
}
