using Inclusief.Web.Features.Accounts;

namespace Inclusief.Web.Features.Policies;

public static class PoliciesFeature
{
    /// <summary>Coordinators (two-factor sign-in) record policies and effects; everyone reads and downloads.</summary>
    public const string Edit = "Policies.Edit";

    public static IServiceCollection AddPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(Edit, StaffPolicy.For(StaffRoles.Coordinator));
        services.AddScoped<PolicyRegister>();
        return services;
    }
}
