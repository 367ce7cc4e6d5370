using System.ComponentModel.DataAnnotations;

namespace Inclusief.Web.Features.Participation.Admin;

public sealed class IntakeInput : IValidatableObject
{
    [Required]
    [Display(Name = "Datum")]
    public DateOnly? Date { get; set; }

    [Required]
    [Display(Name = "Tijd")]
    public TimeOnly? Time { get; set; }

    [Range(15, 240, ErrorMessage = "{0} moet tussen {1} en {2} minuten zijn.")]
    [Display(Name = "Duur in minuten")]
    public int DurationMinutes { get; set; } = 45;

    [StringLength(200)]
    [Display(Name = "Plaats")]
    public string? Location { get; set; }

    [Url]
    [StringLength(300)]
    [Display(Name = "Link voor online gesprek")]
    public string? OnlineLink { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(Location) && string.IsNullOrWhiteSpace(OnlineLink))
        {
            yield return new ValidationResult("Vul een plaats of een link voor een online gesprek in.", [nameof(Location)]);
        }
    }
}
