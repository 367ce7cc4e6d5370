using System.Xml.Linq;

namespace Inclusief.Tests.Support;

/// <summary>The site's own texts, read from its resource files, with the site's fallback: the language, English, Dutch.</summary>
public static class SiteTexts
{
    private static readonly Dictionary<string, IReadOnlyDictionary<string, string>> Loaded = [];

    public static string In(string code, string dutch)
    {
        foreach (var step in Inclusief.Web.Infrastructure.Localization.Cultures.FallbackChain(code))
        {
            if (step == "nl")
            {
                return dutch;
            }
            if (Resource(step).TryGetValue(dutch, out var text))
            {
                return text;
            }
        }
        return dutch;
    }

    /// <summary>The language's own translation, never a fallback: a journey that passes must have read that language.</summary>
    public static string Own(string code, string dutch) =>
        code == "nl" ? dutch : Resource(code).TryGetValue(dutch, out var text) && text.Length > 0 ? text : throw new KeyNotFoundException($"No {code} translation of \"{dutch}\".");

    /// <summary>The first heading of the bank-account information page in a language, from the seed texts.</summary>
    public static string GuidanceHeading(string code)
    {
        var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(WebProject(), "Features", "Complaints", "Guidance", $"{code}.json")));
        var text = json.RootElement.GetProperty("BankAccount").GetString()!;
        return text.Split('\n').First(l => l.StartsWith("## ", StringComparison.Ordinal))[3..].Trim();
    }

    /// <summary>Every translation in a language's resource file (Dutch key → text); empty when the language has no file.</summary>
    public static IReadOnlyDictionary<string, string> Resource(string code)
    {
        lock (Loaded)
        {
            if (!Loaded.TryGetValue(code, out var texts))
            {
                var file = Path.Combine(WebProject(), "Resources", $"SharedResource.{code}.resx");
                texts = !File.Exists(file) ? [] : XDocument.Load(file).Root!.Elements("data")
                    .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);
                Loaded[code] = texts;
            }
            return texts;
        }
    }

    public static string WebProject()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Inclusief.slnx")))
        {
            directory = directory.Parent;
        }
        return Path.Combine(directory?.FullName ?? throw new DirectoryNotFoundException("Inclusief.slnx not found"), "src", "Inclusief.Web");
    }
}
