using Inclusief.Web.Infrastructure.Jobs;
using Microsoft.AspNetCore.HostFiltering;

namespace Inclusief.Web.Infrastructure.Sms;

public static class SmsFeature
{
    public static IServiceCollection AddSms(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SmsOptions>().Bind(configuration.GetSection("Sms"))
            // A wrong address would refuse every STOP: reading the list throws, naming the setting, and the site does not start.
            .Validate(o => o.Gateways() is not null).ValidateOnStart();
        // Kannel calls the site by its own address (http://127.0.0.1:PORT/Sms/Inbound), not by the public host name to
        // which hosts are restricted outside Development: without this its STOPs and reports would be refused with a 400.
        services.PostConfigure<HostFilteringOptions>(hosts =>
        {
            if (hosts.AllowedHosts.Count > 0 && !hosts.AllowedHosts.Contains("*") && !string.IsNullOrWhiteSpace(configuration["Sms:InboundSecret"]))
            {
                var callback = Uri.TryCreate(configuration["Sms:CallbackUrl"], UriKind.Absolute, out var address) ? [address.Host] : Array.Empty<string>();
                hosts.AllowedHosts = [.. hosts.AllowedHosts.Union(["localhost", "127.0.0.1", "[::1]", .. callback])];
            }
        });
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
