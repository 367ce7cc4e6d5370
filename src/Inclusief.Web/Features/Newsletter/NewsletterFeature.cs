using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Infrastructure.Jobs;

namespace Inclusief.Web.Features.Newsletter;

public static class NewsletterFeature
{
    public static IServiceCollection AddNewsletter(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(NewsletterPermissions.Publish, StaffPolicy.For(StaffRoles.Coordinator));
        services.AddScoped<NewsletterSubscriptions>();
        services.AddScoped<NewsletterMail>();
        services.AddScoped<EditionContent>();
        services.AddScoped<EditionSender>();
        services.AddScoped<IOutboxHandler, EditionCopyHandler>();
        return services;
    }
}
