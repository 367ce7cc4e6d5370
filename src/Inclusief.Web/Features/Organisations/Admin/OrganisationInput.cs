using System.ComponentModel.DataAnnotations;

namespace Inclusief.Web.Features.Organisations.Admin;

public sealed class OrganisationInput : IValidatableObject
{
    [Required]
    [StringLength(Organisation.NameMaxLength)]
    [Display(Name = "Naam")]
    public string Name { get; set; } = "";

    [Display(Name = "Soort organisatie")]
    public OrganisationType Type { get; set; } = OrganisationType.Other;

    [Display(Name = "Gemeente")]
    public string? MunicipalityCode { get; set; }

    [Url]
    [StringLength(300)]
    [Display(Name = "Website")]
    public string? Website { get; set; }

    [Display(Name = "Samenwerkingspartner")]
    public bool IsPartner { get; set; }

    [Display(Name = "Partner sinds")]
    public DateOnly? StartsOn { get; set; }

    [Display(Name = "Partner tot")]
    public DateOnly? EndsOn { get; set; }

    [StringLength(2000)]
    [Display(Name = "Inzet (tijd, faciliteiten)")]
    public string? Commitment { get; set; }

    [Display(Name = "Intentieverklaring getekend op")]
    public DateOnly? DeclarationSignedOn { get; set; }

    [StringLength(500)]
    [Display(Name = "Ondertekend door")]
    public string? DeclarationSignatories { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsPartner && StartsOn is null)
        {
            yield return new ValidationResult("Vul de begindatum van de samenwerking in.", [nameof(StartsOn)]);
        }
        if (StartsOn is { } start && EndsOn is { } end && end < start)
        {
            yield return new ValidationResult("De einddatum ligt voor de begindatum.", [nameof(EndsOn)]);
        }
        if (Website is { } site && !site.StartsWith("https://", StringComparison.OrdinalIgnoreCase) && !site.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            yield return new ValidationResult("Vul een volledig webadres in, beginnend met https://.", [nameof(Website)]);
        }
    }
}
