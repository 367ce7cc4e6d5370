using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;

namespace Inclusief.Web.Infrastructure.Pages;

/// <summary>
/// How a page shows a <see cref="RuleException"/>: in the error summary next to its form (<c>_ValidationSummary</c>).
/// A handler simply lets the exception go; this filter then sends the visitor back to the page, which shows the
/// reason. A handler catches it only where the visitor typed text that must not be lost: it adds the message to
/// <c>ModelState</c> and shows the page again with the input. A page that refuses before any entity is involved
/// keeps its reason with <see cref="Keep"/> and redirects.
/// </summary>
public sealed class RuleRefusal : IAsyncPageFilter
{
    private const string TempDataKey = "Refusal";

    // The text and its arguments travel as one string through TempData; the unit separator never stands in a message.
    private const char Separator = '\u001F';

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
        tempData[TempDataKey] = string.Join(Separator, rule.Arguments.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture)).Prepend(rule.Template));

    /// <summary>The kept reason in the visitor's language, or null when there is none.</summary>
    public static string? Take(ITempDataDictionary tempData, IStringLocalizer texts) =>
        tempData[TempDataKey] is string kept && kept.Split(Separator) is [var template, .. var arguments] ? Translate(texts, template, arguments) : null;

    /// <summary>Shows the reason next to the form on this request, in the visitor's language, when the page is shown again with the typed input.</summary>
    public static void Show(PageModel page, string key, RuleException rule)
    {
        var texts = page.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        page.ModelState.AddModelError(key, Translate(texts, rule.Template, rule.Arguments));
    }

    private static string Translate(IStringLocalizer texts, string template, IEnumerable<object> arguments) =>
        texts[template, [.. arguments.Select(a => a is string text ? texts[text].Value : a)]].Value;

    /// <summary>Back to the page as it was opened: the same path and query, without the handler that refused.</summary>
    private static string WithoutHandler(HttpRequest request)
    {
        var query = request.Query.Where(q => !string.Equals(q.Key, "handler", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)));
        return request.PathBase + request.Path + QueryString.Create(query);
    }
}
