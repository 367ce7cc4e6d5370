using Inclusief.Web.Infrastructure.Pages;
using System.ComponentModel.DataAnnotations;

namespace Inclusief.Web.Features.Complaints;

public sealed class ReportInput
{
    public Guid SubmissionKey { get; set; }

    [Required(ErrorMessage = "Vertel kort wat er is gebeurd.")]
    [StringLength(Complaint.NarrativeMaxLength)]
    [Display(Name = "Wat is er gebeurd?")]
    public string Narrative { get; set; } = "";

    [Required(ErrorMessage = "Kies met wat voor organisatie het te maken heeft.")]
    public OrganisationKind? OrganisationKind { get; set; }

    [StringLength(Complaint.OrganisationNameMaxLength)]
    [Display(Name = "Naam van de organisatie")]
    public string? OrganisationName { get; set; }

    [Required(ErrorMessage = "Kies waar je klacht over gaat.")]
    public ComplaintCategory? Category { get; set; }

    [Display(Name = "Wanneer gebeurde het?")]
    public DateOnly? HappenedOn { get; set; }

    public string? MunicipalityCode { get; set; }

    [Required(ErrorMessage = "Kies wat je van ons wilt.")]
    public ReporterWish? Wish { get; set; }

    [EmailAddress]
    [StringLength(ContactDetails.EmailMaxLength)]
    [Display(Name = "E-mailadres")]
    public string? Email { get; set; }

    [Phone]
    [StringLength(ContactDetails.PhoneMaxLength)]
    [Display(Name = "Telefoonnummer")]
    public string? Phone { get; set; }

    /// <summary>
    /// Asked for, not assumed: a number left to be called back is not texted, since whoever else holds the phone could read
    /// that the site wrote. Only a mobile number can be.
    /// </summary>
    public bool TextMe { get; set; }

    /// <summary>Only for someone signed in who chooses to file under their account.</summary>
    public bool UnderMyAccount { get; set; }

    /// <summary>Left empty by people; filled by form-filling robots (a honeypot, instead of a third-party CAPTCHA).</summary>
    public string? Website { get; set; }
}
