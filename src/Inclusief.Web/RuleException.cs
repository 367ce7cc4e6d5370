using System.Globalization;

namespace Inclusief.Web;

/// <summary>
/// A domain rule said no ("this step is not possible from the current status"). The message is Dutch, written for
/// the person who tried, and is shown next to the form (see <c>RuleRefusal</c>); it is never a
/// programming error, so it never becomes a 500. In the root namespace so every feature can throw it without a using.
/// A limit in the message is an argument (<c>{0}</c>), so the number is written once, at the rule's constant, and
/// the text with its placeholder is what the translations are found by.
/// </summary>
public sealed class RuleException(string template, params object[] arguments)
    : Exception(arguments.Length == 0 ? template : string.Format(CultureInfo.GetCultureInfo("nl-NL"), template, arguments))
{
    /// <summary>The Dutch text with its placeholders: the key of its translation.</summary>
    public string Template { get; } = template;

    /// <summary>Texts among the arguments are translated too (a field's name); numbers are shown as they are.</summary>
    public IReadOnlyList<object> Arguments { get; } = arguments;

    /// <summary>Says no unless the rule holds: <c>RuleException.Unless(Status == Draft, "Alleen een concept …")</c>.</summary>
    public static void Unless(bool holds, string template, params object[] arguments)
    {
        if (!holds)
        {
            throw new RuleException(template, arguments);
        }
    }

    /// <summary>A text longer than its limit, in the same words as the form validation uses (<see cref="Infrastructure.Localization.ValidationMessages.TooLong"/>).</summary>
    public static RuleException TooLong(string field, int maxLength) => new(Infrastructure.Localization.ValidationMessages.TooLong, field, maxLength);
}
