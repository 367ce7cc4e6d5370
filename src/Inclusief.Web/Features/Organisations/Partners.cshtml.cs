using Inclusief.Data;
using Inclusief.Web.Features.Municipalities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Organisations;

/// <summary>The public list of partner organisations: only those with a current partnership that consented.</summary>
[AllowAnonymous]
public sealed class PartnersModel(AppDbContext db, MunicipalityList municipalities, TimeProvider clock) : PageModel
{
    public sealed record Row(string Name, OrganisationType Type, string? Municipality, string? Website, DateOnly Since);

    public IReadOnlyList<Row> Partners { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Partners = await db.PartnersOn(today)
            .Where(o => o.IsApproved && o.ListedPublicly)
            .OrderBy(o => o.Name)
            .Select(o => new Row(o.Name, o.Type,
                o.MunicipalityCode,
                o.Website, o.Partnership!.StartsOn))
            .ToListAsync();
        var names = new Dictionary<string, string?>();
        foreach (var code in Partners.Select(p => p.Municipality).OfType<string>().Distinct())
        {
            names[code] = await municipalities.NameOfAsync(code);
        }
        Partners = Partners.Select(p => p with { Municipality = p.Municipality is { } code ? names[code] : null }).ToList();
    }
}
