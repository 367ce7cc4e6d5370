using Inclusief.Web.Infrastructure.Jobs;

namespace Inclusief.Web.Infrastructure.Email;

public static class EmailFeature
{
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EmailOptions>(configuration.GetSection("Email"));
        if (string.IsNullOrWhiteSpace(configuration["Email:Smtp:Host"]))
        {
            services.AddSingleton<IMailTransport, PickupFolderMailTransport>();
        }
        else
        {
            services.AddSingleton<IMailTransport, SmtpMailTransport>();
        }
        services.AddScoped<Mailer>();
        services.AddSingleton<MailTemplate>();
        services.AddSingleton<MailDispatch>();
        services.AddScoped<IOutboxHandler, MailOutboxHandler>();
        return services;
    }
}
