using System.Globalization;
using Inclusief.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace Inclusief.Web.Infrastructure.Sms;

/// <summary>
/// An SMS in the recipient's language, ending with how to stop (all but the confirmation of a STOP). The words are
/// neutral: whoever else reads the phone learns nothing about the reader from them.
/// </summary>
public sealed class SmsTemplate(IStringLocalizer<SharedResource> localizer, Microsoft.Extensions.Options.IOptions<SmsOptions> options)
{
    public const string StopLine = "Geen sms meer? Antwoord STOP.";
    public const string StopToLine = "Geen sms meer? Stuur STOP naar {0}.";

    public SmsMessage Compose(MobileNumber to, string culture, string purpose, string text, params object[] arguments) => new(to.E164, Text(culture, text, arguments), purpose);

    private string Text(string culture, string text, params object[] arguments) =>
        InCulture(culture, () => $"{localizer[text, arguments]} {(string.IsNullOrWhiteSpace(options.Value.ReplyNumber) ? localizer[StopLine] : localizer[StopToLine, options.Value.ReplyNumber])}");

    /// <summary>
    /// The answer to a STOP, without a line on how to stop, in the language the STOP was written in; in Dutch and English
    /// when the word says nothing of its language (STOP is the same in most).
    /// </summary>
    public string StopConfirmation(string? culture) =>
        culture is null ? $"{InCulture(Cultures.Dutch, () => localizer[StoppedText])} {InCulture(Cultures.English, () => localizer[StoppedText])}" : InCulture(culture, () => localizer[StoppedText]);

    private const string StoppedText = "Je krijgt geen sms meer van ons.";

    private static string InCulture(string culture, Func<string> words)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return words();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
