using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Inclusief.Web.Infrastructure.Pages;

public static class ModelStateScope
{
    /// <summary>
    /// Whether the fields of one form on a page with several forms are valid: the other forms were not
    /// posted, so their (empty) fields must not count. Errors without a key belong to every form. A post with
    /// none of the form's fields is not valid: model binding then falls back to unprefixed names, its checks land
    /// outside the prefix, and the input would reach the handler with every field at its default (a sub-project's
    /// settings wiped by an empty post). A step whose form has no such field does not ask.
    /// </summary>
    public static bool IsValidFor(this ModelStateDictionary modelState, string prefix) =>
        modelState.Keys.Any(key => key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        && !modelState.Where(e => e.Key.Length == 0 || e.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).Any(e => e.Value!.Errors.Count > 0);
}
