using Inclusief.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Inclusief.Web.Infrastructure.Pages;

/// <summary>
/// A handler's own check words its error in Dutch, like every text (<c>ModelState.AddModelError(key, "Kies een
/// gemeente uit de lijst.")</c>); here it is put in the reader's language before the page is shown, so the summary
/// and the line beside the field agree. Messages of attributes arrive translated already and are left alone.
/// </summary>
public sealed class LocalizedModelErrors(IStringLocalizer<SharedResource> texts) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        await next();
        if (context.ModelState.IsValid || Cultures.Current == Cultures.Dutch)
        {
            return;
        }
        foreach (var entry in context.ModelState.Values)
        {
            Translate(entry.Errors);
        }
    }

    private void Translate(ModelErrorCollection errors)
    {
        for (var i = 0; i < errors.Count; i++)
        {
            // The language's text, or else the English (the localizer's fallback), rather than the Dutch.
            if (errors[i] is { Exception: null, ErrorMessage.Length: > 0 } error && texts[error.ErrorMessage].Value is var text && text != error.ErrorMessage)
            {
                errors[i] = new ModelError(text);
            }
        }
    }
}
