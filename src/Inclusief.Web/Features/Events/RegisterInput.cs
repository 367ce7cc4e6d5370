using System.ComponentModel.DataAnnotations;

namespace Inclusief.Web.Features.Events;

public sealed class RegisterInput
{
    [Required(ErrorMessage = "Vul {0} in.")]
    [StringLength(100, ErrorMessage = "{0} mag hoogstens {1} tekens lang zijn.")]
    [Display(Name = "Naam of schuilnaam")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Vul {0} in.")]
    [EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in.")]
    [StringLength(254, ErrorMessage = "{0} mag hoogstens {1} tekens lang zijn.")]
    [Display(Name = "E-mailadres")]
    public string Email { get; set; } = "";

    [StringLength(200, ErrorMessage = "{0} mag hoogstens {1} tekens lang zijn.")]
    [Display(Name = "Organisatie")]
    public string? Organisation { get; set; }

    public RoleCategory? Role { get; set; }

    [StringLength(500, ErrorMessage = "{0} mag hoogstens {1} tekens lang zijn.")]
    [Display(Name = "Dieetwensen")]
    public string? DietaryNeeds { get; set; }

    [StringLength(500, ErrorMessage = "{0} mag hoogstens {1} tekens lang zijn.")]
    [Display(Name = "Wat heb je nodig om goed mee te kunnen doen?")]
    public string? AccessibilityNeeds { get; set; }

    /// <summary>One entry per round; empty means no session in that round.</summary>
    public List<Guid?> Sessions { get; set; } = [];

    public bool Consent { get; set; }
}
