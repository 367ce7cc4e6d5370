using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Inclusief.Web.Infrastructure.Pages;

/// <summary>
/// Razor Pages renders a page without running any handler when a post names no handler the page has;
/// its model is then never loaded and the view fails. Such a request is answered 405 instead.
/// </summary>
public sealed class MethodNotAllowedFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var method = context.HttpContext.Request.Method;
        if (context.HandlerMethod is null && !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
            return Task.CompletedTask;
        }
        return next();
    }
}
