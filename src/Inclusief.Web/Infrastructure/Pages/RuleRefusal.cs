using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inclusief.Web.Infrastructure.Pages;

/// <summary>
/// How a page shows a <see cref="RuleException"/>: in the error summary next to its form (<c>_ValidationSummary</c>).
/// A handler simply lets the exception go; this filter then sends the visitor back to the page, which shows the
/// reason. A handler catches it only where the visitor typed text that must not be lost: it adds the message to
/// <c>ModelState</c> and shows the page again with the input.
/// </summary>
public sealed class RuleRefusal : IAsyncPageFilter
{
    public const string TempDataKey = "Refusal";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        var method = context.HttpContext.Request.Method;
        if (executed.Exception is not RuleException rule || executed.ExceptionHandled || HttpMethods.IsGet(method) || HttpMethods.IsHead(method)
            || executed.HandlerInstance is not PageModel page)
        {
            return;
        }
        page.TempData[TempDataKey] = rule.Message;
        executed.ExceptionHandled = true;
        executed.Result = new LocalRedirectResult(WithoutHandler(context.HttpContext.Request));
    }

    /// <summary>Back to the page as it was opened: the same path and query, without the handler that refused.</summary>
    private static string WithoutHandler(HttpRequest request)
    {
        var query = request.Query.Where(q => !string.Equals(q.Key, "handler", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)));
        return request.PathBase + request.Path + QueryString.Create(query);
    }
}
