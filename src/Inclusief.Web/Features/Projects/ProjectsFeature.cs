using Inclusief.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace Inclusief.Web.Features.Projects;

public static class ProjectsFeature
{
    public static IServiceCollection AddProjects(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(ProjectPermissions.Oversee, StaffPolicy.For(StaffRoles.Coordinator));
        services.AddSingleton<IAuthorizationHandler, ProjectAuthorizationHandler>();
        services.AddScoped<ProjectMail>();
        services.AddScoped<Infrastructure.Privacy.IPersonalData, SubProjectPersonalData>();
        return services;
    }
}
