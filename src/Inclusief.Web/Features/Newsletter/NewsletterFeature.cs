using Inclusief.Web.Features.Accounts;

namespace Inclusief.Web.Features.Newsletter;

public static class NewsletterFeature
{
    /// <summary>Coordinators (two-factor sign-in) compose and send editions.</summary>
    public const string Publish = "Newsletter.Publish";

    public static IServiceCollection AddNewsletter(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(Publish, StaffPolicy.For(StaffRoles.Coordinator));
        services.AddScoped<NewsletterSubscriptions>();
        services.AddScoped<NewsletterMail>();
        services.AddScoped<EditionContent>();
        services.AddScoped<EditionSender>();
        return services;
    }
}
