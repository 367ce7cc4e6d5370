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

    [GeneratedRegex("(?:\\b[Tt]\\[|\\bT\\.Lowered\\(|ErrorMessage = |Display\\(Name = |\\bRuleException\\(|\\bRuleException\\.TooLong\\(|\\bRuleException\\.Unless\\([^\";]*,\\s*)\"((?:[^\"\\\\]|\\\\.)+)\"")]
    private static partial Regex LocalizedKey();
}
