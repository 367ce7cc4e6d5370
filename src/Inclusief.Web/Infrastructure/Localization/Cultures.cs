using System.Globalization;

namespace Inclusief.Web.Infrastructure.Localization;

public static class Cultures
{
    public const string Dutch = "nl";
    public const string English = "en";

    public static readonly IReadOnlyList<string> Supported = [Dutch, English];

    /// <summary>The cookie that keeps the visitor's own choice of language.</summary>
    public static string CookieName(IConfiguration configuration, IHostEnvironment environment) =>
        Security.Transport.CookieName("inclusief.culture", configuration, environment);

    public static bool IsSupported(string? culture) => culture is not null && Supported.Contains(culture);

    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == English ? English : Dutch;
}
