using System.ComponentModel.DataAnnotations;

namespace Inclusief.Web.Infrastructure.Calendar;

/// <summary>The when and where of a form that plans an appointment (an intake conversation, a work-group meeting): a place, a link, or both.</summary>
public abstract class AppointmentInput : IValidatableObject
{
    [Required]
    [Display(Name = "Datum")]
    public DateOnly? Date { get; set; }

    [Required]
    [Display(Name = "Tijd")]
    public TimeOnly? Time { get; set; }

    /// <summary>With its own range per kind of appointment.</summary>
    public abstract int DurationMinutes { get; set; }

    [StringLength(200)]
    [Display(Name = "Plaats")]
    public string? Location { get; set; }

    [Url]
    [StringLength(300)]
    [Display(Name = "Link voor online deelname")]
    public string? OnlineLink { get; set; }

    /// <summary>What to say when neither a place nor a link is given.</summary>
    protected abstract string NoPlaceOrLink { get; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(Location) && string.IsNullOrWhiteSpace(OnlineLink))
        {
            yield return new ValidationResult(NoPlaceOrLink, [nameof(Location)]);
        }
    }
}
