using System.Text.RegularExpressions;
using System.Xml.Linq;
using Inclusief.Web.Infrastructure.Localization;

namespace Inclusief.Tests.Infrastructure;

public sealed partial class TranslationTests
{
    private static string WebProject() => Support.SiteTexts.WebProject();

    [Fact]
    public void Every_Dutch_text_shown_in_a_page_has_an_English_translation()
    {
        var root = WebProject();
        var translated = XDocument.Load(Path.Combine(root, "Resources", "SharedResource.en.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();
        var used = Directory.EnumerateFiles(Path.Combine(root, "Features"), "*.cshtml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "Features"), "*.cs", SearchOption.AllDirectories))
            .SelectMany(file => LocalizedKey().Matches(File.ReadAllText(file)).Select(m => Regex.Unescape(m.Groups[1].Value)))
            .ToHashSet();

        used.UnionWith(Inclusief.Web.Infrastructure.Consents.ConsentPurpose.All.Select(p => p.Wording));

        var missing = used.Where(key => !translated.Contains(key)).Order().ToList();

        Assert.True(used.Count > 50, $"only {used.Count} texts found: is the pattern still right?");
        Assert.True(missing.Count == 0, "No English for:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void No_translation_asks_for_more_values_than_its_Dutch_text_gives()
    {
        // A translation with a {2} where the Dutch has only {0} and {1} would fail to format on the page.
        var wrong = Cultures.Enabled.Where(l => l.Code != Cultures.Dutch)
            .SelectMany(l => Translations(l.Code).Where(d => Placeholders(d.Value).Except(Placeholders(d.Key)).Any()).Select(d => $"{l.Code}: {d.Key}"))
            .ToList();

        Assert.True(wrong.Count == 0, "Translations with placeholders their Dutch text lacks:\n" + string.Join("\n", wrong));
    }

    /// <summary>
    /// The pages a sex worker meets, from the home page to a complaint's follow-up, the safety network, events,
    /// the newsletter and her own account, with their mails and the shared layout and messages: every text
    /// on them has its own translation in every language the site offers. Staff pages stay Dutch and English.
    /// </summary>
    [Fact]
    public void Every_text_on_the_sex_workers_path_is_translated_into_every_language()
    {
        var root = WebProject();
        var english = Translations(Cultures.English).Select(d => d.Key).ToHashSet();
        var onPath = Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(OnSexWorkersPath)
            .SelectMany(f => Literal().Matches(File.ReadAllText(Path.Combine(root, f))).Select(m => Regex.Unescape(m.Groups[1].Value)))
            .Where(english.Contains)
            .ToHashSet();
        onPath.UnionWith(Inclusief.Web.Infrastructure.Consents.ConsentPurpose.All.Select(p => p.Wording));

        var missing = Cultures.Enabled.Where(l => l.Code is not Cultures.Dutch and not Cultures.English)
            .SelectMany(l =>
            {
                var translated = Translations(l.Code).Select(d => d.Key).ToHashSet();
                return onPath.Where(key => !translated.Contains(key)).Order().Select(key => $"{l.Code}: {key}");
            })
            .ToList();

        Assert.True(onPath.Count > 500, $"only {onPath.Count} texts found on the path: is the pattern still right?");
        Assert.True(missing.Count == 0, $"{missing.Count} texts on the sex worker's path lack a translation:\n" + string.Join("\n", missing.Take(200)));
    }

    /// <summary>Words that are written the same in Dutch and in that language; any other copy is a text nobody translated.</summary>
    private static readonly Dictionary<string, string[]> SameAsDutch = new()
    {
        ["ro"] = ["Categorie", "Contact", "Pagina {0}", "Tabel", "Urgent", "online"],
        ["hu"] = ["Escort", "online"],
        ["pl"] = ["Escort", "Menu", "Status", "online"],
        ["es"] = ["Cookies", "Escort"],
    };

    [Fact]
    public void No_translation_is_the_Dutch_text_left_as_it_was()
    {
        var copied = Cultures.Enabled.Where(l => l.Code is not Cultures.Dutch and not Cultures.English)
            .SelectMany(l => Translations(l.Code)
                .Where(d => d.Key == d.Value && !SameAsDutch.GetValueOrDefault(l.Code, []).Contains(d.Key))
                .Select(d => $"{l.Code}: {d.Key}"))
            .ToList();

        Assert.True(copied.Count == 0, "Translations that are still the Dutch text:\n" + string.Join("\n", copied));
    }

    [Fact]
    public void A_language_the_site_does_not_know_stops_the_start_instead_of_showing_untranslated_pages()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => Cultures.Enable(["nl", "en", "de"]));

        Assert.Contains("de", refused.Message, StringComparison.Ordinal);
        Assert.Equal(["nl", "en", "ro", "bg", "hu", "pl", "es"], Cultures.Supported);
    }

    public static bool OnSexWorkersPath(string file)
    {
        var parts = file.Split('/');
        if (parts[0] == "Infrastructure")
        {
            return true;
        }
        if (parts[0] != "Features" || parts.Length < 2 || parts.Contains("Admin"))
        {
            return parts is ["Features", "_ViewImports.cshtml"];
        }
        return parts[1] switch
        {
            "Home" or "Participation" or "Complaints" or "Safety" or "Events" or "Newsletter" or "Errors" or "Language" or "Accessibility" => true,
            "Accounts" => !parts[^1].Contains("TwoFactor", StringComparison.Ordinal) && !parts[^1].Contains("Staff", StringComparison.Ordinal),
            "Shared" => parts[^1].StartsWith('_'),
            _ => false,
        };
    }

    private static IEnumerable<(string Key, string Value)> Translations(string culture) =>
        Support.SiteTexts.Resource(culture).Select(d => (d.Key, d.Value));

    [GeneratedRegex("\"((?:[^\"\\\\\\n]|\\\\.)*)\"")]
    private static partial Regex Literal();

    private static HashSet<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).ToHashSet();

    [GeneratedRegex("\\{[0-9]+\\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("(?:\\b[Tt]\\[|\\bT\\.Lowered\\(|ErrorMessage = |Display\\(Name = |\\bRuleException\\(|\\bRuleException\\.TooLong\\(|\\bRuleException\\.Unless\\([^\";]*,\\s*|TempData\\[\"Notice\"\\] = |\\bKeptText\\.Of\\(|ValidationMessages\\.Localized\\(validationContext,\\s*)\"((?:[^\"\\\\]|\\\\.)+)\"")]
    private static partial Regex LocalizedKey();
}
