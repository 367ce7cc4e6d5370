using Inclusief.Web.Features.Accounts;

namespace Inclusief.Web.Features.Research;

public static class ResearchFeature
{
    /// <summary>The programme team (coordinators with a two-factor sign-in) runs trajectories; participants contribute through the inventory link.</summary>
    public const string Facilitate = "Research.Facilitate";

    public static IServiceCollection AddResearch(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(Facilitate, StaffPolicy.For(StaffRoles.Coordinator));
        return services;
    }
}
