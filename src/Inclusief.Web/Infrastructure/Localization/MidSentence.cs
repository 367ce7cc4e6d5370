using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Inclusief.Web.Infrastructure.Localization;

/// <summary>
/// A text that also stands inside a sentence ("Wachtlijst" as a heading, "(wachtlijst)" after a session) has one
/// key, written as it starts a line; inside a sentence its first letter is lowered in the reader's language.
/// Two keys differing only in case cannot both live in a resource file.
/// </summary>
public static class MidSentence
{
    public static LocalizedString Lowered(this IStringLocalizer localizer, string key, params object[] arguments)
    {
        var text = localizer[key, arguments];
        return new LocalizedString(text.Name, LowerFirst(text.Value, CultureInfo.CurrentUICulture), text.ResourceNotFound);
    }

    public static string LowerFirst(string text, CultureInfo culture) =>
        text.Length == 0 ? text : char.ToLower(text[0], culture) + text[1..];
}
