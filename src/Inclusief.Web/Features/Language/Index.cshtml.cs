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
/// <c>hreflang</c> and the pages need no form token for it. A link from another site, or an image pointing here,
/// could then change someone's language; so only a page opened as a document sets the cookie, and only a click
/// on this site (the browser's Sec-Fetch headers) also changes the language a member's mail is written in.
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
        if (Request.Headers["Sec-Fetch-Dest"] is [{ } destination] && destination != "document")
        {
            return BadRequest();
        }
        Response.Cookies.Append(
            Cultures.CookieName(configuration, environment),
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = true, Secure = Request.IsHttps || Transport.RequireHttps(configuration, environment), SameSite = SameSiteMode.Lax, Path = "/" });
        // Mail follows the language a member last chose, on whatever device.
        var fromThisSite = Request.Headers["Sec-Fetch-Site"] == "same-origin" && Request.Headers["Sec-Fetch-Dest"] == "document";
        if (fromThisSite && User.Identity?.IsAuthenticated == true && await users.GetUserAsync(User) is { } user && user.PreferredCulture != culture)
        {
            user.PreferredCulture = culture;
            await users.UpdateAsync(user);
        }
        return LocalRedirect(ReturnUrl ?? "/");
    }
}
