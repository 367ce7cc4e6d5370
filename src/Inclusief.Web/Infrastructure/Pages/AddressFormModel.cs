using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inclusief.Web.Infrastructure.Pages;

/// <summary>
/// A page where a visitor types only an e-mail address to be sent something (a reset link, a sign-in link, a
/// newsletter confirmation). The page answers the same whether or not the address is known.
/// </summary>
public abstract class AddressFormModel : PageModel
{
    [BindProperty]
    [Required]
    [EmailAddress]
    [StringLength(ContactDetails.EmailMaxLength)]
    [Display(Name = "E-mailadres")]
    public string Email { get; set; } = "";
}
