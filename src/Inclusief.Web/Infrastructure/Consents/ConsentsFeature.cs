namespace Inclusief.Web.Infrastructure.Consents;

public static class ConsentsFeature
{
    public static IServiceCollection AddConsents(this IServiceCollection services) => services.AddScoped<Consents>();
}
