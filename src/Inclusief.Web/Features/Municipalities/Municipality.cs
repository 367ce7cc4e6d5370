namespace Inclusief.Web.Features.Municipalities;

/// <summary>A Dutch municipality as CBS lists it (code GM0363 and name). Merged municipalities stay, inactive.</summary>
public class Municipality
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string Province { get; set; } = "";

    public bool IsActive { get; set; } = true;
}
