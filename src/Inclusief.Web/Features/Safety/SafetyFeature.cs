using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Infrastructure.Jobs;
using Inclusief.Web.Infrastructure.Privacy;

namespace Inclusief.Web.Features.Safety;

public static class SafetyFeature
{
    public static IServiceCollection AddSafety(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SafetyOptions>(configuration.GetSection("Safety"));
        services.AddAuthorizationBuilder().AddPolicy(SafetyPermissions.Moderate, StaffPolicy.For(StaffRoles.SafetyModerator));
        services.AddScoped<SafetyMembership>();
        services.AddScoped<SafetyMail>();
        services.AddScoped<ClientCheck>();
        services.AddScoped<IOutboxHandler, WarningFanOut>();
        services.AddScoped<SafetyRetention>();
        services.AddScoped<Infrastructure.Sms.ISmsOptOut, SafetySmsOptOut>();
        services.AddScoped<IRetentionRule>(sp => sp.GetRequiredService<SafetyRetention>());
        services.AddSingleton<WarningMatchTally>();
        services.AddScoped<IRetentionRule, WarningMatchTally.Writer>();
        services.AddScoped<IPersonalData, SafetyPersonalData>();
        return services;
    }
}
