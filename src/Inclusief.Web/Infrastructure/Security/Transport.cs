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
}
