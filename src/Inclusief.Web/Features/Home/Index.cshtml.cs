using Inclusief.Data;
using Inclusief.Web.Features.Programmes;
using Inclusief.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Home;

[AllowAnonymous]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<(string Programme, string TargetGroup)> Programmes { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var culture = Cultures.Current;
        var programmes = await db.Set<Programme>().AsNoTracking()
            .Where(p => p.IsActive)
            .Include(p => p.TargetGroup)
            .OrderBy(p => p.StartsOn)
            .ToListAsync();
        Programmes = programmes.Select(p => (p.Name(culture), p.TargetGroup!.Name(culture))).ToList();
    }
}
