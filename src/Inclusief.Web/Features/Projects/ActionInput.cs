using System.ComponentModel.DataAnnotations;

namespace Inclusief.Web.Features.Projects;

public sealed class ActionInput
{
    [Required(ErrorMessage = "Vul {0} in.")]
    [StringLength(500, ErrorMessage = "{0} mag hoogstens {1} tekens lang zijn.")]
    [Display(Name = "Wat moet er gebeuren?")]
    public string Description { get; set; } = "";

    public string? OwnerId { get; set; }

    [Display(Name = "Klaar op")]
    public DateOnly? DueOn { get; set; }

    [StringLength(300, ErrorMessage = "{0} mag hoogstens {1} tekens lang zijn.")]
    [Display(Name = "Bij welk doel hoort dit?")]
    public string? Goal { get; set; }
}
