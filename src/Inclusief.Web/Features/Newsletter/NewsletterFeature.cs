namespace Inclusief.Web.Features.Newsletter;

public static class NewsletterFeature
{
    public static IServiceCollection AddNewsletter(this IServiceCollection services) => services.AddScoped<NewsletterSubscriptions>();
}
