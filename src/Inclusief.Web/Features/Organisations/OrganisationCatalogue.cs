using Inclusief.Data;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Organisations;

/// <summary>The organisations other features may offer in a picker: those a coordinator approved.</summary>
public static class OrganisationCatalogue
{
    public static IQueryable<Organisation> ApprovedOrganisations(this AppDbContext db) =>
        db.Set<Organisation>().AsNoTracking().Where(o => o.IsApproved);
}
