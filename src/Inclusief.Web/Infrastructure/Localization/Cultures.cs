using System.Globalization;

namespace Inclusief.Web.Infrastructure.Localization;

/// <summary>
/// The languages the site speaks. Which of the known languages are switched on comes from configuration
/// (<c>Localization:Cultures</c>); Dutch is always on, because every text's key is its Dutch wording.
/// </summary>
public static class Cultures
{
    public const string Dutch = "nl";
    public const string English = "en";

    /// <param name="Code">The two-letter code used in cookies, <c>lang</c> attributes and stored records.</param>
    /// <param name="NativeName">The language named in itself, as a speaker looks for it in a menu.</param>
    /// <param name="Formatting">The culture that formats dates and numbers.</param>
    /// <param name="DayPattern">A day written out ("dinsdag 1 december 2026").</param>
    /// <param name="At">The word between a day and a time ("om", "at"); empty where a comma is usual.</param>
    /// <param name="SearchConfiguration">PostgreSQL's text-search configuration; <c>simple</c> where it has no stemmer.</param>
    public sealed record Language(string Code, string NativeName, string Formatting, string DayPattern, string At, string SearchConfiguration)
    {
        public CultureInfo FormattingCulture => CultureInfo.GetCultureInfo(Formatting);
    }

    public static readonly IReadOnlyList<Language> Known =
    [
        new(Dutch, "Nederlands", "nl-NL", "dddd d MMMM yyyy", "om", "dutch"),
        new(English, "English", "en-GB", "dddd d MMMM yyyy", "at", "english"),
        new("ro", "Română", "ro-RO", "dddd, d MMMM yyyy", "la", "romanian"),
        new("bg", "Български", "bg-BG", "dddd, d MMMM yyyy 'г.'", "в", "simple"),
        new("hu", "Magyar", "hu-HU", "yyyy. MMMM d., dddd", "", "hungarian"),
        new("pl", "Polski", "pl-PL", "dddd, d MMMM yyyy", "o", "simple"),
        new("es", "Español", "es-ES", "dddd, d 'de' MMMM 'de' yyyy", "a las", "spanish"),
    ];

    private static IReadOnlyList<Language> enabled = Known;

    /// <summary>The languages switched on, Dutch first.</summary>
    public static IReadOnlyList<Language> Enabled => enabled;

    public static IReadOnlyList<string> Supported => enabled.Select(l => l.Code).ToList();

    /// <summary>
    /// Switches on the configured languages; a code the site does not know stops the start, rather than
    /// offering a language nobody translated.
    /// </summary>
    public static void Enable(IEnumerable<string>? codes)
    {
        var wanted = (codes ?? []).Select(c => c.Trim().ToLowerInvariant()).Where(c => c.Length > 0).ToHashSet();
        if (wanted.Count == 0)
        {
            enabled = Known;
            return;
        }
        var unknown = wanted.Where(c => Known.All(l => l.Code != c)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException($"Localization:Cultures names languages the site does not know: {string.Join(", ", unknown)}. Known: {string.Join(", ", Known.Select(l => l.Code))}.");
        }
        wanted.Add(Dutch);
        enabled = Known.Where(l => wanted.Contains(l.Code)).ToList();
    }

    /// <summary>The cookie that keeps the visitor's own choice of language.</summary>
    public static string CookieName(IConfiguration configuration, IHostEnvironment environment) =>
        Security.Transport.CookieName("inclusief.culture", configuration, environment);

    public static bool IsSupported(string? culture) => culture is not null && enabled.Any(l => l.Code == culture);

    /// <summary>The language of the current request (or of the mail being written).</summary>
    public static string Current => Find(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName).Code;

    /// <summary>A stored or requested code as a language the site speaks; Dutch for anything else.</summary>
    public static Language Find(string? code) => enabled.FirstOrDefault(l => l.Code == code) ?? Known[0];

    /// <summary>
    /// The <c>lang</c> attribute for content written in <paramref name="code"/>: null (no attribute) when it is the
    /// page's language, so a screen reader switches voice only where the language changes.
    /// </summary>
    public static string? LangIfOther(string? code) => code is null || code == Current ? null : code;

    /// <summary>Where a text is missing in a language: that language, then English, then the Dutch it is written in.</summary>
    public static IEnumerable<string> FallbackChain(string code) =>
        code == Dutch ? [Dutch] : code == English ? [English, Dutch] : [code, English, Dutch];
}
