using Inclusief.Web.Infrastructure.Jobs;

namespace Inclusief.Web.Infrastructure.Sms;

public static class SmsFeature
{
    public static IServiceCollection AddSms(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SmsOptions>(configuration.GetSection("Sms"));
        services.AddHttpClient<ISmsTransport, KannelSmsTransport>(http => http.Timeout = TimeSpan.FromSeconds(15));
        services.AddSingleton<SmsRate>();
        services.AddScoped<Texter>();
        services.AddScoped<SmsDispatch>();
        services.AddScoped<SmsNudge>();
        services.AddSingleton<SmsTemplate>();
        services.AddScoped<NumberVerifications>();
        services.AddScoped<IRetentionRule, NumberVerificationRetention>();
        services.AddScoped<IRetentionRule, SmsDeliveryRetention>();
        services.AddScoped<IOutboxHandler, SmsOutboxHandler>();
        return services;
    }
}
