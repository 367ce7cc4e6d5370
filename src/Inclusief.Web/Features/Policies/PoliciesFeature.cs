using Inclusief.Web.Features.Accounts;

namespace Inclusief.Web.Features.Policies;

public static class PoliciesFeature
{
    public static IServiceCollection AddPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(PolicyPermissions.Edit, StaffPolicy.For(StaffRoles.Coordinator));
        services.AddScoped<PolicyRegister>();
        return services;
    }
}
