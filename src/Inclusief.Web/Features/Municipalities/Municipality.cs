namespace Inclusief.Web.Features.Municipalities;

/// <summary>A Dutch municipality as CBS lists it (code GM0363 and name). Merged municipalities stay, inactive.</summary>
public class Municipality
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string Province { get; set; } = "";

    public bool IsActive { get; set; } = true;

    /// <summary>For a municipality that no longer exists: the code of the one it merged into, if the import said so.</summary>
    public string? MergedInto { get; set; }

    /// <summary>The name people use ("Den Haag"); <see cref="Name"/> stays the official CBS name ("'s-Gravenhage").</summary>
    public string DisplayName => CommonNames.GetValueOrDefault(Code, Name);

    /// <summary>For a picker: the name people use, with the official name beside it when they differ, so either is found.</summary>
    public string Label => DisplayName == Name ? Name : $"{DisplayName} ({Name})";

    /// <summary>The order of names in a Dutch list ("Den Haag" under D, "'s-Hertogenbosch" by its letters, case ignored).</summary>
    public static readonly StringComparer NameOrder = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("nl-NL"), ignoreCase: true);

    /// <summary>Whether someone searching for this text means this municipality, by either name.</summary>
    public bool IsCalled(string text) =>
        Name.Contains(text.Trim(), StringComparison.CurrentCultureIgnoreCase) || DisplayName.Contains(text.Trim(), StringComparison.CurrentCultureIgnoreCase);

    // CBS lists the official names; these two are known by another in daily speech and on every sign.
    private static readonly Dictionary<string, string> CommonNames = new(StringComparer.Ordinal)
    {
        ["GM0518"] = "Den Haag",
        ["GM0796"] = "Den Bosch",
    };
}
