using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Inclusief.Web.Infrastructure.Pages;

/// <summary>
/// Yes/no fields as a browser sends them: "true" or "on" is yes, anything else no (or, for an optional one, not
/// chosen). The framework's own binder keeps an unreadable value as typed, and the checkbox that shows the form again
/// then throws instead of rendering it, so a tampered field would cost the visitor everything else they typed.
/// </summary>
public sealed class CheckboxBinding : IModelBinder, IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.ModelType == typeof(bool) || context.Metadata.ModelType == typeof(bool?) ? this : null;

    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var posted = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (posted == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }
        // A checkbox posts its value and the hidden "false" after it; the first one decides.
        var value = posted.FirstValue?.Trim();
        bool? chosen = string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) || string.Equals(value, "on", StringComparison.OrdinalIgnoreCase) ? true
            : string.Equals(value, "false", StringComparison.OrdinalIgnoreCase) || bindingContext.ModelType == typeof(bool) ? false
            : null;
        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, new ValueProviderResult(chosen is { } c ? (c ? "true" : "false") : ""));
        bindingContext.Result = chosen is null && bindingContext.ModelType == typeof(bool?) ? ModelBindingResult.Success(null) : ModelBindingResult.Success(chosen ?? false);
        return Task.CompletedTask;
    }
}
