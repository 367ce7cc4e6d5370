using System.Diagnostics;
using System.Globalization;
using System.Resources;
using Microsoft.Extensions.Localization;

namespace Inclusief.Web.Infrastructure.Localization;

/// <summary>
/// Every text's key is its Dutch wording; translations live in <c>Resources/SharedResource.{code}.resx</c>.
/// A text missing in the reader's language is shown in English, then in Dutch (<see cref="Cultures.FallbackChain"/>),
/// never blank. The resource manager's own fallback is not used: it would jump from Romanian straight to Dutch.
/// </summary>
public sealed class FallbackStringLocalizer(ResourceManager resources) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            var (value, found) = Lookup(name);
            return new LocalizedString(name, value, resourceNotFound: !found);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var (value, found) = Lookup(name);
            return new LocalizedString(name, string.Format(Cultures.Find(Cultures.Current).FormattingCulture, value, arguments), resourceNotFound: !found);
        }
    }

    private (string Value, bool Found) Lookup(string name)
    {
        var code = Cultures.Current;
        foreach (var step in Cultures.FallbackChain(code))
        {
            if (step == Cultures.Dutch)
            {
                return (name, code == Cultures.Dutch);
            }
            if (Own(name, step) is { } text)
            {
                return (text, step == code);
            }
        }
        throw new UnreachableException("Every fallback chain ends in Dutch.");
    }

    private string? Own(string name, string code)
    {
        // Only the language's own file: GetResourceSet without parents, so a missing text is not filled in by another language.
        // An empty translation counts as missing: never a blank where a text belongs.
        var set = resources.GetResourceSet(CultureInfo.GetCultureInfo(code), createIfNotExists: true, tryParents: false);
        return set?.GetString(name) is { Length: > 0 } text ? text : null;
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures)
    {
        var set = resources.GetResourceSet(CultureInfo.GetCultureInfo(Cultures.Current), createIfNotExists: true, tryParents: false);
        if (set is null)
        {
            yield break;
        }
        foreach (System.Collections.DictionaryEntry entry in set)
        {
            yield return new LocalizedString((string)entry.Key, (string?)entry.Value ?? "", resourceNotFound: false);
        }
    }
}

/// <summary>All texts come from the one shared resource, whichever type or view asks.</summary>
public sealed class FallbackStringLocalizerFactory : IStringLocalizerFactory
{
    private readonly FallbackStringLocalizer shared = new(new ResourceManager("Inclusief.Web.Resources.SharedResource", typeof(SharedResource).Assembly));

    public IStringLocalizer Create(Type resourceSource) => shared;

    public IStringLocalizer Create(string baseName, string location) => shared;
}
