using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Inclusief.Web.Infrastructure.Pages;

/// <summary>
/// A Dutch text with its arguments, kept in TempData for the next page (a notice, a refusal) and translated there:
/// the text with its placeholders is the key of its translation, so "{0}" stays in the key and the value is filled in
/// after. Text arguments are translated too when they are known texts (a field's name); anything else (a session's
/// title) is shown as it is and never read as a format.
/// </summary>
public static class KeptText
{
    // The unit separator never stands in a message; one in an argument is replaced before it is kept.
    private const char Separator = '\u001F';

    public static string Of(string template, params object[] arguments) =>
        string.Join(Separator, arguments.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture)!.Replace(Separator, ' ')).Prepend(template));

    public static string Translate(IStringLocalizer texts, string kept) => kept.Split(Separator) is [var template, .. var arguments]
        ? Translate(texts, template, arguments)
        : kept;

    public static string Translate(IStringLocalizer texts, string template, IReadOnlyCollection<object> arguments) => arguments.Count == 0
        ? texts[template].Value
        : texts[template, [.. arguments.Select(a => a is string text ? texts[text].Value : a)]].Value;
}
