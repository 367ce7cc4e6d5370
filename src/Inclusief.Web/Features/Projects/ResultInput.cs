using System.ComponentModel.DataAnnotations;

namespace Inclusief.Web.Features.Projects;

public sealed class ResultInput
{
    [Required(ErrorMessage = "Vul {0} in.")]
    [StringLength(200, ErrorMessage = "{0} mag hoogstens {1} tekens lang zijn.")]
    [Display(Name = "Resultaat")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Vul {0} in.")]
    [StringLength(SubProject.TextMaxLength, ErrorMessage = "{0} mag hoogstens {1} tekens lang zijn.")]
    [Display(Name = "Wat is er bereikt?")]
    public string Summary { get; set; } = "";

    [StringLength(SubProject.TextMaxLength, ErrorMessage = "{0} mag hoogstens {1} tekens lang zijn.")]
    [Display(Name = "Hoe weten we dat?")]
    public string? Evidence { get; set; }
}
