using Inclusief.Web.Features.Accounts;

namespace Inclusief.Web.Features.Research;

public static class ResearchFeature
{
    public static IServiceCollection AddResearch(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(ResearchPermissions.Facilitate, StaffPolicy.For(StaffRoles.Coordinator));
        return services;
    }
}
