using Inclusief.Web.Infrastructure.Pages;
using System.ComponentModel.DataAnnotations;

namespace Inclusief.Web.Features.Events;

public sealed class RegisterInput
{
    [Required]
    [StringLength(EventRegistration.NameMaxLength)]
    [Display(Name = "Naam of schuilnaam")]
    public string Name { get; set; } = "";

    [Required]
    [EmailAddress]
    [StringLength(ContactDetails.EmailMaxLength)]
    [Display(Name = "E-mailadres")]
    public string Email { get; set; } = "";

    [StringLength(EventRegistration.OrganisationMaxLength)]
    [Display(Name = "Organisatie")]
    public string? Organisation { get; set; }

    public RoleCategory? Role { get; set; }

    [StringLength(EventRegistration.NeedsMaxLength)]
    [Display(Name = "Dieetwensen")]
    public string? DietaryNeeds { get; set; }

    [StringLength(EventRegistration.NeedsMaxLength)]
    [Display(Name = "Wat heb je nodig om goed mee te kunnen doen?")]
    public string? AccessibilityNeeds { get; set; }

    /// <summary>One entry per round; empty means no session in that round.</summary>
    public List<Guid?> Sessions { get; set; } = [];

    public bool Consent { get; set; }
}
