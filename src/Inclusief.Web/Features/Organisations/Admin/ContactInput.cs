using Inclusief.Web.Infrastructure.Email;
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
    [StringLength(EmailAddresses.MaxLength)]
    [Display(Name = "E-mailadres")]
    public string? Email { get; set; }

    [Phone]
    [StringLength(32)]
    [Display(Name = "Telefoon")]
    public string? Phone { get; set; }
}
