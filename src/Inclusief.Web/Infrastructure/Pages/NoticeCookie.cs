using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace Inclusief.Web.Infrastructure.Pages;

/// <summary>
/// The cookie that carries a notice across a redirect (TempData), cleared only for a visitor who has one. The
/// framework's provider clears it on every page that could show a notice; that Set-Cookie would keep those pages
/// out of the output cache for everyone.
/// </summary>
public sealed class NoticeCookie(ITempDataProvider cookies, IOptions<CookieTempDataProviderOptions> options) : ITempDataProvider
{
    public IDictionary<string, object> LoadTempData(HttpContext context) => cookies.LoadTempData(context);

    public void SaveTempData(HttpContext context, IDictionary<string, object> values)
    {
        if (values.Count == 0 && options.Value.Cookie.Name is { } name && !context.Request.Cookies.ContainsKey(name))
        {
            return;
        }
        cookies.SaveTempData(context, values);
    }

    /// <summary>Wraps the provider MVC registered (call after AddRazorPages).</summary>
    public static void Wrap(IServiceCollection services)
    {
        var framework = services.Last(d => d.ServiceType == typeof(ITempDataProvider));
        services.Remove(framework);
        services.AddSingleton<ITempDataProvider>(sp => new NoticeCookie(
            (ITempDataProvider)ActivatorUtilities.CreateInstance(sp, framework.ImplementationType!),
            sp.GetRequiredService<IOptions<CookieTempDataProviderOptions>>()));
    }
}
