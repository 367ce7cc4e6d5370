using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Infrastructure.Privacy;

namespace Inclusief.Web.Features.Participation;

public static class ParticipationFeature
{
    public static IServiceCollection AddParticipation(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(ParticipationPermissions.Coordinate, StaffPolicy.For(StaffRoles.Coordinator));
        services.AddScoped<ParticipationMail>();
        services.AddScoped<ParticipantSignIn>();
        services.AddScoped<IPersonalData, ParticipationPersonalData>();
        services.AddScoped<SignInLinkRetention>();
        services.AddScoped<Infrastructure.Jobs.IRetentionRule>(sp => sp.GetRequiredService<SignInLinkRetention>());
        return services;
    }
}
