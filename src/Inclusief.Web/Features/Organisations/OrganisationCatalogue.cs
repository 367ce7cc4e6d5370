using Inclusief.Data;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Organisations;

/// <summary>The organisations other features may offer in a picker: those a coordinator approved.</summary>
public static class OrganisationCatalogue
{
    public static IQueryable<Organisation> ApprovedOrganisations(this AppDbContext db) =>
        db.Set<Organisation>().AsNoTracking().Where(o => o.IsApproved);

    /// <summary>The organisations whose partnership runs on <paramref name="day"/> (<see cref="Partnership.IsCurrent"/>, as a query).</summary>
    public static IQueryable<Organisation> PartnersOn(this AppDbContext db, DateOnly day) =>
        db.Set<Organisation>().AsNoTracking().Where(o => o.Partnership != null && o.Partnership.StartsOn <= day && (o.Partnership.EndsOn == null || o.Partnership.EndsOn >= day));
}
