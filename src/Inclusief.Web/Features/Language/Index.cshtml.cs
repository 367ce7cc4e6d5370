using Inclusief.Web.Infrastructure.Localization;
using Inclusief.Web.Infrastructure.Security;
using Inclusief.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inclusief.Web.Features.Language;

/// <summary>
/// The language menu's links land here: a link (not a form) so that each language can carry its own
/// <c>hreflang</c> and the pages need no form token for it. Choosing only sets a preference, so a link
/// followed from elsewhere can do no harm beyond a change of language.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(IConfiguration configuration, IWebHostEnvironment environment, UserManager<AppUser> users) : PageModel
{
    public bool UnknownCulture { get; private set; }

    public string? ReturnUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? culture, string? returnUrl)
    {
        ReturnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : null;
        if (culture is null)
        {
            return Page();
        }
        if (!Cultures.IsSupported(culture))
        {
            UnknownCulture = true;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Response.Cookies.Append(
            Cultures.CookieName(configuration, environment),
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = true, Secure = Request.IsHttps || Transport.RequireHttps(configuration, environment), SameSite = SameSiteMode.Lax, Path = "/" });
        // Mail follows the language a member last chose, on whatever device.
        if (User.Identity?.IsAuthenticated == true && await users.GetUserAsync(User) is { } user && user.PreferredCulture != culture)
        {
            user.PreferredCulture = culture;
            await users.UpdateAsync(user);
        }
        return LocalRedirect(ReturnUrl ?? "/");
    }
}
