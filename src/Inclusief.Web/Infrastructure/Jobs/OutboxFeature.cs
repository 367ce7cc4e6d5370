namespace Inclusief.Web.Infrastructure.Jobs;

public static class OutboxFeature
{
    public static IServiceCollection AddOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<OutboxOptions>(configuration.GetSection("Outbox"));
        services.AddScoped<Outbox>();
        services.AddSingleton<OutboxProcessor>();
        services.AddSingleton<ScheduledWork>();
        if (configuration.GetValue("Outbox:RunWorker", true))
        {
            services.AddHostedService<OutboxWorker>();
        }
        if (configuration.GetValue("Retention:RunWorker", true))
        {
            services.AddHostedService<RetentionWorker>();
        }
        return services;
    }
}
