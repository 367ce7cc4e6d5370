using Inclusief.Web.Infrastructure.Pages;
using System.ComponentModel.DataAnnotations;

namespace Inclusief.Web.Features.Organisations.Admin;

public sealed class ContactInput
{
    [Required]
    [StringLength(120)]
    [Display(Name = "Naam contactpersoon")]
    public string Name { get; set; } = "";

    [StringLength(120)]
    [Display(Name = "Functie")]
    public string? Role { get; set; }

    [EmailAddress]
    [StringLength(ContactDetails.EmailMaxLength)]
    [Display(Name = "E-mailadres")]
    public string? Email { get; set; }

    [Phone]
    [StringLength(ContactDetails.PhoneMaxLength)]
    [Display(Name = "Telefoon")]
    public string? Phone { get; set; }
}
