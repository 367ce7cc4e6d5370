namespace Inclusief.Web.Infrastructure.Security;

public static class Transport
{
    /// <summary>
    /// HTTPS everywhere except a developer's plain http://localhost (and the test host): then cookies
    /// follow the request's scheme instead of being marked Secure.
    /// </summary>
    public static bool RequireHttps(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue("Security:RequireHttps", !environment.IsDevelopment());

    public static CookieSecurePolicy CookiePolicy(IConfiguration configuration, IHostEnvironment environment) =>
        RequireHttps(configuration, environment) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

    /// <summary>
    /// Over HTTPS every cookie is a <c>__Host-</c> cookie: the browser accepts it only when it is Secure, for the
    /// whole site and without a Domain, so a sibling subdomain can neither set nor overwrite it.
    /// </summary>
    public static string CookieName(string name, IConfiguration configuration, IHostEnvironment environment) =>
        RequireHttps(configuration, environment) ? "__Host-" + name : name;

    /// <summary>Browsers remember for a year, for every subdomain too, that this site is HTTPS only.</summary>
    public static IServiceCollection AddTransport(this IServiceCollection services) =>
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
}
