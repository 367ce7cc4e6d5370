using System.ComponentModel.DataAnnotations;

namespace Inclusief.Web.Features.Projects;

public sealed class MeetingInput : IValidatableObject
{
    [Required]
    [StringLength(200)]
    [Display(Name = "Naam van de bijeenkomst")]
    public string Title { get; set; } = "";

    [Required]
    [Display(Name = "Datum")]
    public DateOnly? Date { get; set; }

    [Required]
    [Display(Name = "Tijd")]
    public TimeOnly? Time { get; set; }

    [Range(15, 480, ErrorMessage = "{0} moet tussen {1} en {2} minuten zijn.")]
    [Display(Name = "Duur in minuten")]
    public int DurationMinutes { get; set; } = 90;

    [StringLength(200)]
    [Display(Name = "Plaats")]
    public string? Location { get; set; }

    [Url]
    [StringLength(300)]
    [Display(Name = "Link voor online deelname")]
    public string? OnlineLink { get; set; }

    [StringLength(SubProject.TextMaxLength)]
    [Display(Name = "Agenda")]
    public string? Agenda { get; set; }

    [StringLength(120)]
    [Display(Name = "Neutrale voorzitter (niet verplicht)")]
    public string? ChairName { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(Location) && string.IsNullOrWhiteSpace(OnlineLink))
        {
            yield return new ValidationResult("Vul een plaats of een link voor online deelname in.", [nameof(Location)]);
        }
    }
}
