using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Features.Organisations;
using Microsoft.AspNetCore.Authorization;

namespace Inclusief.Web.Features.Monitoring;

public static class MonitoringFeature
{
    public static IServiceCollection AddMonitoring(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(MonitoringPermissions.Read, policy => policy.RequireAuthenticatedUser().AddRequirements(new CoordinatorOrPartnerRequirement()))
            .AddPolicy(MonitoringPermissions.FullDetail, StaffPolicy.For(StaffRoles.Coordinator));
        services.AddScoped<IAuthorizationHandler, CoordinatorOrPartnerHandler>();
        services.AddScoped<MonitoringFigures>();
        return services;
    }
}
