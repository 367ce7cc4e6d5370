using Inclusief.Web.Infrastructure.Pages;
using System.ComponentModel.DataAnnotations;

namespace Inclusief.Web.Features.Safety;

public sealed class ReportInput
{
    public Guid SubmissionKey { get; set; }

    [Required(ErrorMessage = "Kies wat er gebeurde.")]
    public IncidentType? Type { get; set; }

    [Display(Name = "Wanneer gebeurde het?")]
    public DateOnly? HappenedOn { get; set; }

    [Required(ErrorMessage = "Kies in welke regio het gebeurde.")]
    public string? Region { get; set; }

    public WorkContext Context { get; set; }

    [Required(ErrorMessage = "Vertel kort wat er is gebeurd.")]
    [StringLength(SafetyReport.TextMaxLength)]
    [Display(Name = "Wat is er gebeurd?")]
    public string Narrative { get; set; } = "";

    [StringLength(SafetyReport.PersonDescriptionMaxLength)]
    [Display(Name = "Hoe ziet de persoon eruit?")]
    public string? PersonDescription { get; set; }

    [StringLength(Identifier.RawMaxLength)]
    [Display(Name = "Telefoonnummer")]
    public string? Phone { get; set; }

    [StringLength(ContactDetails.EmailMaxLength)]
    [Display(Name = "E-mailadres")]
    public string? Email { get; set; }

    [StringLength(SafetyReport.PlateMaxLength)]
    [Display(Name = "Kenteken")]
    public string? Plate { get; set; }

    [StringLength(SafetyReport.HandleMaxLength)]
    [Display(Name = "Online naam")]
    public string? Handle { get; set; }

    public bool WarnOthers { get; set; }

    public bool SharePolice { get; set; }

    public bool WantsSupport { get; set; }

    [StringLength(SafetyReport.ContactMaxLength)]
    [Display(Name = "Hoe bereiken we je?")]
    public string? Contact { get; set; }

    [StringLength(32)]
    [Display(Name = "Jouw mobiele nummer")]
    public string? SmsNumber { get; set; }

    /// <summary>A honeypot: people leave it empty.</summary>
    public string? Website { get; set; }
}
