using System.ComponentModel.DataAnnotations;

namespace Inclusief.Web.Features.Organisations.Admin;

public sealed class ContactInput
{
    [Required(ErrorMessage = "Vul {0} in.")]
    [StringLength(120, ErrorMessage = "{0} mag hoogstens {1} tekens lang zijn.")]
    [Display(Name = "Naam contactpersoon")]
    public string Name { get; set; } = "";

    [StringLength(120, ErrorMessage = "{0} mag hoogstens {1} tekens lang zijn.")]
    [Display(Name = "Functie")]
    public string? Role { get; set; }

    [EmailAddress(ErrorMessage = "Dit is geen geldig e-mailadres.")]
    [StringLength(254, ErrorMessage = "{0} mag hoogstens {1} tekens lang zijn.")]
    [Display(Name = "E-mailadres")]
    public string? Email { get; set; }

    [Phone(ErrorMessage = "Dit is geen geldig telefoonnummer.")]
    [StringLength(32, ErrorMessage = "{0} mag hoogstens {1} tekens lang zijn.")]
    [Display(Name = "Telefoon")]
    public string? Phone { get; set; }
}
