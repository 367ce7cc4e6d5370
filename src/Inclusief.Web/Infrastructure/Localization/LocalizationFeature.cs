using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.Localization;

namespace Inclusief.Web.Infrastructure.Localization;

public static class LocalizationFeature
{
    public static IServiceCollection AddInclusiefLocalization(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        Cultures.Enable(configuration.GetSection("Localization:Cultures").Get<string[]>());
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddSingleton<IStringLocalizerFactory, FallbackStringLocalizerFactory>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = Cultures.Supported.Select(CultureInfo.GetCultureInfo).ToList();
            options.DefaultRequestCulture = new RequestCulture(Cultures.Dutch);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            // The visitor's explicit choice (cookie) wins over the browser's language; no query-string culture.
            options.RequestCultureProviders = [new CookieRequestCultureProvider { CookieName = Cultures.CookieName(configuration, environment) }, new AcceptLanguageHeaderRequestCultureProvider()];
        });
        return services;
    }

    public static IMvcBuilder AddInclusiefViewLocalization(this IMvcBuilder mvc) =>
        mvc.AddViewLocalization(LanguageViewLocationExpanderFormat.Suffix)
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
}
