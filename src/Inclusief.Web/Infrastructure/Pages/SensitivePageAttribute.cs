using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inclusief.Web.Infrastructure.Pages;

/// <summary>
/// For reporting pages (complaints, safety): nothing is kept in caches or the back-forward cache of a shared
/// phone, and the layout shows the quick-exit button.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SensitivePageAttribute : ResultFilterAttribute
{
    public const string QuickExitKey = "QuickExit";

    public override void OnResultExecuting(ResultExecutingContext context)
    {
        context.HttpContext.Response.Headers.CacheControl = "no-store";
        context.HttpContext.Response.Headers.Pragma = "no-cache";
        if (context.Controller is PageModel page)
        {
            page.ViewData[QuickExitKey] = true;
        }
        base.OnResultExecuting(context);
    }
}
