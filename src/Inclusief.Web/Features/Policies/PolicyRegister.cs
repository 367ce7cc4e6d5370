using Inclusief.Data;
using Inclusief.Web.Features.Municipalities;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Policies;

/// <summary>Reads the register: the current record per municipality (the latest by date, then by entry).</summary>
public sealed class PolicyRegister(AppDbContext db)
{
    public async Task<Dictionary<string, PolicyRecord>> CurrentAsync(IReadOnlyCollection<string>? codes = null)
    {
        var query = db.Set<PolicyRecord>().AsNoTracking().Include(r => r.Sources).AsQueryable();
        if (codes is not null)
        {
            query = query.Where(r => codes.Contains(r.MunicipalityCode));
        }
        return (await query.ToListAsync())
            .GroupBy(r => r.MunicipalityCode)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.ValidFrom).ThenByDescending(r => r.CreatedAt).First());
    }

    public async Task<List<Municipality>> MunicipalitiesAsync() =>
        (await db.Set<Municipality>().AsNoTracking().ToListAsync()).OrderBy(m => m.DisplayName, Municipality.NameOrder).ToList();
}
