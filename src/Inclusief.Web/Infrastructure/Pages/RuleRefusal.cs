using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;

namespace Inclusief.Web.Infrastructure.Pages;

/// <summary>
/// How a page shows a <see cref="RuleException"/>: in the error summary next to its form (<c>_ValidationSummary</c>).
/// A handler simply lets the exception go; this filter then sends the visitor back to the page, which shows the
/// reason. A handler catches it only where the visitor typed text that must not be lost: it calls <see cref="Show"/>
/// and shows the page again with the input. A page that refuses before any entity is involved keeps its reason with
/// <see cref="Keep"/> and redirects. The reason is kept and translated as a <see cref="KeptText"/>.
/// </summary>
public sealed class RuleRefusal : IAsyncPageFilter
{
    private const string TempDataKey = "Refusal";

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
        Keep(page.TempData, rule);
        executed.ExceptionHandled = true;
        executed.Result = new LocalRedirectResult(WithoutHandler(context.HttpContext.Request));
    }

    /// <summary>Keeps the reason for the page the visitor is sent to next.</summary>
    public static void Keep(ITempDataDictionary tempData, RuleException rule) =>
        tempData[TempDataKey] = KeptText.Of(rule.Template, [.. rule.Arguments]);

    /// <summary>The kept reason in the visitor's language, or null when there is none.</summary>
    public static string? Take(ITempDataDictionary tempData, IStringLocalizer texts) =>
        tempData[TempDataKey] is string kept ? KeptText.Translate(texts, kept) : null;

    /// <summary>Shows the reason next to the form on this request, in the visitor's language, when the page is shown again with the typed input.</summary>
    public static void Show(PageModel page, string key, RuleException rule)
    {
        var texts = page.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        page.ModelState.AddModelError(key, KeptText.Translate(texts, rule.Template, [.. rule.Arguments]));
    }

    /// <summary>Back to the page as it was opened: the same path and query, without the handler that refused.</summary>
    private static string WithoutHandler(HttpRequest request)
    {
        var query = request.Query.Where(q => !string.Equals(q.Key, "handler", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)));
        return request.PathBase + request.Path + QueryString.Create(query);
    }
}
