using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Infrastructure.Jobs;
using Inclusief.Web.Infrastructure.Privacy;
using Inclusief.Web.Infrastructure.Sms;

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
        services.AddScoped<IOutboxHandler, WarningAlertHandler>();
        services.AddScoped<SafetyRetention>();
        // A STOP ends a member's alerts and word of a moderator's message; the number is erased.
        services.AddSmsOptOut<SafetyMember>(SafetyMember.SmsScope, key => m => m.PhoneKey == key, m => m.StopSms());
        services.AddSmsOptOut<SafetyReport>(SafetyReport.SmsScope, key => r => r.SmsKey == key, r => r.StopSms());
        services.AddScoped<IRetentionRule>(sp => sp.GetRequiredService<SafetyRetention>());
        services.AddSingleton<WarningMatchTally>();
        services.AddScoped<IRetentionRule, WarningMatchTally.Writer>();
        services.AddScoped<IPersonalData, SafetyPersonalData>();
        return services;
    }
}
