using Inclusief.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace Inclusief.Web.Features.Evaluations;

public static class EvaluationsFeature
{
    public static IServiceCollection AddEvaluations(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(EvaluationPermissions.Coordinate, StaffPolicy.For(StaffRoles.Coordinator));
        services.AddScoped<IAuthorizationHandler, EvaluationAuthorizationHandler>();
        services.AddScoped<EvaluationFreezer>();
        services.AddScoped<EvaluationMail>();
        services.AddScoped<Infrastructure.Privacy.IPersonalData, EvaluationPersonalData>();
        return services;
    }
}
