using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Inclusief.Web.Infrastructure.Pages;

public static class ModelStateScope
{
    /// <summary>
    /// Whether the fields of one form on a page with several forms are valid: the other forms were not
    /// posted, so their (empty) fields must not count. Errors without a key belong to every form.
    /// </summary>
    public static bool IsValidFor(this ModelStateDictionary modelState, string prefix) =>
        !modelState.Where(e => e.Key.Length == 0 || e.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).Any(e => e.Value!.Errors.Count > 0);
}
