using Inclusief.Web.Infrastructure.Localization;
using Inclusief.Web.Infrastructure.Security;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.WebEncoders;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Inclusief.Web.Infrastructure.Pages;

public static class PagesFeature
{
    public static IServiceCollection AddPages(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // Secure by default: a page without [AllowAnonymous] or a policy of its own needs a signed-in user.
        // (A convention rather than a fallback policy, so an unknown address still answers 404, not a sign-in.)
        services.AddRazorPages(options =>
            {
                options.RootDirectory = "/Features";
                options.Conventions.AuthorizeFolder("/");
                options.Conventions.AddFolderApplicationModelConvention("/", page =>
                {
                    if (!page.HandlerTypeAttributes.Any(a => a is EnableRateLimitingAttribute or DisableRateLimitingAttribute))
                    {
                        page.EndpointMetadata.Add(new EnableRateLimitingAttribute(SubmissionRateLimit.WritePolicy));
                    }
                });
            })
            .AddMvcOptions(o =>
            {
                o.Filters.Add<MethodNotAllowedFilter>();
                o.Filters.Add<RuleRefusal>();
                o.Filters.Add<LocalizedModelErrors>();
                o.ModelBinderProviders.Insert(0, new CheckboxBinding());
            })
            .AddInclusiefViewLocalization()
            // Validation happens on the server; no client script reads data-val attributes.
            .AddViewOptions(o => o.HtmlHelperOptions.ClientValidationEnabled = false);
        // Dutch text (één, beëindigd) is written as is, not as numeric entities.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddSingleton<IConfigureOptions<MvcOptions>, LocalizedModelBindingMessages>();
        // After MVC's own providers, so the attributes they found (and the implicit [Required]) are there.
        services.PostConfigure<MvcOptions>(o => o.ModelMetadataDetailsProviders.Add(new ValidationMessages()));
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = Transport.CookieName("inclusief.af", configuration, environment);
            options.Cookie.SecurePolicy = Transport.CookiePolicy(configuration, environment);
            options.HeaderName = null;
        });
        services.AddSingleton<PublicAddress>();
        PublicAddress.RestrictHosts(services, configuration, environment);
        services.Configure<CookieTempDataProviderOptions>(o =>
        {
            o.Cookie.Name = Transport.CookieName("inclusief.notice", configuration, environment);
            o.Cookie.SecurePolicy = Transport.CookiePolicy(configuration, environment);
        });
        NoticeCookie.Wrap(services);
        services.AddTransport();
        return services;
    }

    private sealed class LocalizedModelBindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
    {
        public void Configure(MvcOptions options)
        {
            var t = factory.Create(typeof(SharedResource));
            var messages = options.ModelBindingMessageProvider;
            messages.SetValueIsInvalidAccessor(value => t["De waarde '{0}' is niet geldig.", value]);
            messages.SetValueMustBeANumberAccessor(field => t["{0} moet een getal zijn.", field]);
            messages.SetValueMustNotBeNullAccessor(field => t["{0} is verplicht.", field]);
            messages.SetAttemptedValueIsInvalidAccessor((value, field) => t["De waarde '{0}' is niet geldig voor {1}.", value, field]);
            messages.SetMissingBindRequiredValueAccessor(field => t["{0} ontbreekt.", field]);
            messages.SetMissingKeyOrValueAccessor(() => t["Er ontbreekt een waarde."]);
            messages.SetMissingRequestBodyRequiredValueAccessor(() => t["Het formulier is leeg."]);
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => t["De waarde '{0}' is niet geldig.", value]);
            messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => t["De opgegeven waarde is niet geldig."]);
            messages.SetNonPropertyValueMustBeANumberAccessor(() => t["Vul een getal in."]);
            messages.SetUnknownValueIsInvalidAccessor(field => t["De opgegeven waarde is niet geldig voor {0}.", field]);
        }
    }
}
