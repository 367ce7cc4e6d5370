using System.ComponentModel.DataAnnotations;

namespace Inclusief.Web.Features.Projects;

public sealed class SettingsInput : IValidatableObject
{
    [Required]
    [StringLength(SubProject.TitleMaxLength)]
    [Display(Name = "Titel")]
    public string Title { get; set; } = "";

    [Required]
    [StringLength(SubProject.TextMaxLength)]
    [Display(Name = "Vraag")]
    public string Question { get; set; } = "";

    [StringLength(SubProject.TextMaxLength)]
    [Display(Name = "Doel")]
    public string? Goal { get; set; }

    public string? MunicipalityCode { get; set; }

    [Display(Name = "Status")]
    public SubProjectStatus Status { get; set; }

    [Display(Name = "Wie mag meelezen?")]
    public Visibility Visibility { get; set; }

    [Display(Name = "Begint op")]
    public DateOnly? StartsOn { get; set; }

    [Display(Name = "Eindigt op")]
    public DateOnly? EndsOn { get; set; }

    [Range(0, 100)]
    [Display(Name = "Voortgang in procenten (als er geen mijlpalen zijn)")]
    public int? ProgressPercent { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (StartsOn is { } start && EndsOn is { } end && end < start)
        {
            yield return new ValidationResult("De einddatum ligt voor de begindatum.", [nameof(EndsOn)]);
        }
    }
}
