using Inclusief.Web.Features.Accounts;

namespace Inclusief.Web.Features.Feedback;

public static class FeedbackFeature
{
    public static IServiceCollection AddFeedback(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(FeedbackPermissions.Organise, StaffPolicy.For(StaffRoles.Coordinator));
        services.AddScoped<FeedbackInvitations>();
        services.AddScoped<FeedbackMail>();
        services.AddScoped<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, FeedbackAuthorizationHandler>();
        services.AddScoped<Infrastructure.Privacy.IPersonalData, FeedbackPersonalData>();
        return services;
    }
}
