using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Inclusief.Web.Features.Errors;

/// <summary>The one error page; it says what happened in plain words and never shows technical detail.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
// The page that explains a 429 is shown by re-running the refused post; a limit here would refuse it again.
[DisableRateLimiting]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class IndexModel : PageModel
{
    public int Status { get; private set; }

    public void OnGet(int? code) => Status = Response.StatusCode >= 400 ? Response.StatusCode : Valid(code);

    public void OnPost(int? code) => OnGet(code);

    private int Valid(int? code)
    {
        var status = code is >= 400 and < 600 ? code.Value : StatusCodes.Status404NotFound;
        Response.StatusCode = status;
        return status;
    }
}
