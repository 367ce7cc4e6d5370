using System.ComponentModel.DataAnnotations;

namespace Inclusief.Web.Features.Projects;

public sealed class EvaluationInput
{
    [Required(ErrorMessage = "Vul {0} in.")]
    [Display(Name = "Datum van het weegmoment")]
    public DateOnly? HeldOn { get; set; }

    [Required(ErrorMessage = "Vul {0} in.")]
    [StringLength(SubProject.TextMaxLength, ErrorMessage = "{0} mag hoogstens {1} tekens lang zijn.")]
    [Display(Name = "Bevindingen")]
    public string Findings { get; set; } = "";

    [Display(Name = "Besluit")]
    public EvaluationDecision Decision { get; set; }
}
