using Inclusief.Web.Infrastructure.Jobs;

namespace Inclusief.Web.Features.Notifications;

public static class NotificationsFeature
{
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<NotificationAudience>();
        services.AddScoped<NotificationMail>();
        services.AddScoped<Notifier>();
        services.AddScoped<FollowedList>();
        services.AddScoped<Follows>();
        services.AddScoped<DigestRun>();
        services.AddScoped<IOutboxHandler, DigestHandler>();
        services.AddScoped<Infrastructure.Privacy.IPersonalData, NotificationsPersonalData>();
        services.AddScoped<IRetentionRule, NotificationRetention>();
        // Where the outbox runs, digests are queued too (tests and a web-only instance switch both off).
        if (configuration.GetValue("Outbox:RunWorker", true) && configuration.GetValue("Notifications:RunWorker", true))
        {
            services.AddHostedService<DigestWorker>();
        }
        return services;
    }
}
