using Inclusief.Data;
using Inclusief.Web.Features.Municipalities;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Policies;

/// <summary>What the policy register offers other features to link to: the municipalities it holds a policy for.</summary>
public static class PolicyCatalogue
{
    public static IQueryable<Municipality> MunicipalitiesWithPolicy(this AppDbContext db) =>
        db.Set<Municipality>().AsNoTracking().Where(m => db.Set<PolicyRecord>().Any(p => p.MunicipalityCode == m.Code));
}
