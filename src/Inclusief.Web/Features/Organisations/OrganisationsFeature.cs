using Inclusief.Web.Features.Accounts;

namespace Inclusief.Web.Features.Organisations;

public static class OrganisationsFeature
{
    public static IServiceCollection AddOrganisations(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(OrganisationPermissions.Manage, StaffPolicy.For(StaffRoles.Coordinator));
        return services;
    }
}
