using System.ComponentModel.DataAnnotations;

namespace Inclusief.Web.Features.Projects;

public sealed class MilestoneInput
{
    [Required(ErrorMessage = "Vul {0} in.")]
    [StringLength(200, ErrorMessage = "{0} mag hoogstens {1} tekens lang zijn.")]
    [Display(Name = "Mijlpaal")]
    public string Title { get; set; } = "";

    [Display(Name = "Gepland op")]
    public DateOnly? PlannedOn { get; set; }
}
