using System.ComponentModel.DataAnnotations;

namespace Inclusief.Web.Features.Participation;

public sealed class SignUpInput
{
    /// <summary>Generated when the form is shown; posting the same form twice creates one participant.</summary>
    public Guid SubmissionKey { get; set; }

    [Required(ErrorMessage = "Vul {0} in.")]
    [StringLength(Participant.DisplayNameMaxLength, MinimumLength = 2, ErrorMessage = "{0} moet tussen {2} en {1} tekens lang zijn.")]
    [Display(Name = "Naam of schuilnaam")]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "Vul {0} in.")]
    [EmailAddress(ErrorMessage = "Dit is geen geldig e-mailadres.")]
    [StringLength(254, ErrorMessage = "{0} mag hoogstens {1} tekens lang zijn.")]
    [Display(Name = "E-mailadres")]
    public string Email { get; set; } = "";

    [Phone(ErrorMessage = "Dit is geen geldig telefoonnummer.")]
    [StringLength(32, ErrorMessage = "{0} mag hoogstens {1} tekens lang zijn.")]
    [Display(Name = "Telefoonnummer (niet verplicht)")]
    public string? Phone { get; set; }

    public bool OnBehalfOfOrganisation { get; set; }

    public Guid? OrganisationId { get; set; }

    [StringLength(200, ErrorMessage = "{0} mag hoogstens {1} tekens lang zijn.")]
    [Display(Name = "Naam van de organisatie")]
    public string? NewOrganisationName { get; set; }

    public Organisations.OrganisationType NewOrganisationType { get; set; } = Organisations.OrganisationType.Other;

    public string? NewOrganisationMunicipality { get; set; }

    [StringLength(Participant.TextMaxLength, ErrorMessage = "{0} mag hoogstens {1} tekens lang zijn.")]
    [Display(Name = "Toelichting")]
    public string? Motivation { get; set; }

    [StringLength(Participant.TextMaxLength, ErrorMessage = "{0} mag hoogstens {1} tekens lang zijn.")]
    [Display(Name = "Kennis en ervaring")]
    public string? Expertise { get; set; }

    public List<ExpertOffer> Offers { get; set; } = [];

    public List<Guid> ThemeIds { get; set; } = [];

    [StringLength(Participant.TextMaxLength, ErrorMessage = "{0} mag hoogstens {1} tekens lang zijn.")]
    [Display(Name = "Wat brengt de organisatie in")]
    public string? PartnerCommitment { get; set; }

    public bool ListOrganisationPublicly { get; set; }

    public bool ContactConsent { get; set; }

    public bool ShareLivedExperience { get; set; }
}
