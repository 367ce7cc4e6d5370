using System.ComponentModel.DataAnnotations;

namespace Inclusief.Web.Features.Projects;

public sealed class EvaluationInput
{
    [Required]
    [Display(Name = "Datum van het weegmoment")]
    public DateOnly? HeldOn { get; set; }

    [Required]
    [StringLength(SubProject.TextMaxLength)]
    [Display(Name = "Bevindingen")]
    public string Findings { get; set; } = "";

    [Display(Name = "Besluit")]
    public EvaluationDecision Decision { get; set; }
}
