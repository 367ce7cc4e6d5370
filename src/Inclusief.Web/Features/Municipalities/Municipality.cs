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
}
