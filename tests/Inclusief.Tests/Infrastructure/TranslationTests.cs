using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Inclusief.Tests.Infrastructure;

public sealed partial class TranslationTests
{
    private static string WebProject()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Inclusief.slnx")))
        {
            directory = directory.Parent;
        }
        return Path.Combine(directory?.FullName ?? throw new DirectoryNotFoundException("Inclusief.slnx not found"), "src", "Inclusief.Web");
    }

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
        var wrong = XDocument.Load(Path.Combine(WebProject(), "Resources", "SharedResource.en.resx")).Root!.Elements("data")
            .Select(d => (Key: (string)d.Attribute("name")!, Value: (string)d.Element("value")!))
            .Where(d => Placeholders(d.Value).Except(Placeholders(d.Key)).Any())
            .Select(d => d.Key).ToList();

        Assert.True(wrong.Count == 0, "Translations with placeholders their Dutch text lacks:\n" + string.Join("\n", wrong));
    }

    private static HashSet<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).ToHashSet();

    [GeneratedRegex("\\{[0-9]+\\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("(?:\\b[Tt]\\[|\\bT\\.Lowered\\(|ErrorMessage = |Display\\(Name = |\\bRuleException\\(|\\bRuleException\\.TooLong\\(|\\bRuleException\\.Unless\\([^\";]*,\\s*|TempData\\[\"Notice\"\\] = |\\bKeptText\\.Of\\(|ValidationMessages\\.Localized\\(validationContext,\\s*)\"((?:[^\"\\\\]|\\\\.)+)\"")]
    private static partial Regex LocalizedKey();
}
