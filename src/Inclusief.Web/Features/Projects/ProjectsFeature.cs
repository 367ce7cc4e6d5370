using Inclusief.Web.Features.Accounts;

namespace Inclusief.Web.Features.Projects;

public static class ProjectsFeature
{
    public static IServiceCollection AddProjects(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(ProjectPermissions.Oversee, StaffPolicy.For(StaffRoles.Coordinator));
        return services;
    }
}
