using Inclusief.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace Inclusief.Web.Features.Ideas;

public static class IdeasFeature
{
    public static IServiceCollection AddIdeas(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(IdeaPermissions.Triage, StaffPolicy.For(StaffRoles.Coordinator));
        services.AddSingleton<IAuthorizationHandler, IdeaAuthorizationHandler>();
        services.AddScoped<IdeaMail>();
        services.AddScoped<Infrastructure.Privacy.IPersonalData, IdeaPersonalData>();
        return services;
    }
}
