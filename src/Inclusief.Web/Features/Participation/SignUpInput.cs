using Inclusief.Web.Infrastructure.Pages;
using System.ComponentModel.DataAnnotations;

namespace Inclusief.Web.Features.Participation;

public sealed class SignUpInput
{
    /// <summary>Generated when the form is shown; posting the same form twice creates one participant.</summary>
    public Guid SubmissionKey { get; set; }

    [Required]
    [StringLength(Participant.DisplayNameMaxLength, MinimumLength = 2)]
    [Display(Name = "Naam of schuilnaam")]
    public string DisplayName { get; set; } = "";

    [Required]
    [EmailAddress]
    [StringLength(ContactDetails.EmailMaxLength)]
    [Display(Name = "E-mailadres")]
    public string Email { get; set; } = "";

    [Phone]
    [StringLength(ContactDetails.PhoneMaxLength)]
    [Display(Name = "Telefoonnummer (niet verplicht)")]
    public string? Phone { get; set; }

    public bool OnBehalfOfOrganisation { get; set; }

    public Guid? OrganisationId { get; set; }

    [StringLength(Organisations.Organisation.NameMaxLength)]
    [Display(Name = "Naam van de organisatie")]
    public string? NewOrganisationName { get; set; }

    public Organisations.OrganisationType NewOrganisationType { get; set; } = Organisations.OrganisationType.Other;

    public string? NewOrganisationMunicipality { get; set; }

    [StringLength(Participant.TextMaxLength)]
    [Display(Name = "Toelichting")]
    public string? Motivation { get; set; }

    [StringLength(Participant.TextMaxLength)]
    [Display(Name = "Kennis en ervaring")]
    public string? Expertise { get; set; }

    public List<ExpertOffer> Offers { get; set; } = [];

    public List<Guid> ThemeIds { get; set; } = [];

    [StringLength(Participant.TextMaxLength)]
    [Display(Name = "Wat brengt de organisatie in")]
    public string? PartnerCommitment { get; set; }

    public bool ListOrganisationPublicly { get; set; }

    public bool ContactConsent { get; set; }

    public bool ShareLivedExperience { get; set; }
}
