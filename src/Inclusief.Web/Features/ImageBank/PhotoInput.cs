using Inclusief.Web.Infrastructure.Localization;
using System.ComponentModel.DataAnnotations;

namespace Inclusief.Web.Features.ImageBank;

public sealed class PhotoInput : IValidatableObject
{
    [Display(Name = "Titel")]
    [Required]
    [StringLength(Photo.TitleMaxLength)]
    public string Title { get; set; } = "";

    [Display(Name = "Beschrijving voor wie de foto niet ziet (alt-tekst)")]
    [Required]
    [StringLength(Photo.AltMaxLength, MinimumLength = 10)]
    public string AltText { get; set; } = "";

    /// <summary>The alt text in the site's other languages, by culture; each may stay empty.</summary>
    public Dictionary<string, string?> AltTextIn { get; set; } = [];

    [Display(Name = "Fotograaf")]
    [Required]
    [StringLength(150)]
    public string Credit { get; set; } = "";

    [Display(Name = "Licentie")]
    public PhotoLicence Licence { get; set; } = PhotoLicence.ProgrammeOnly;

    [Display(Name = "Gebruiksvoorwaarden voor media")]
    [Required]
    [StringLength(2000)]
    public string UsageTerms { get; set; } = "Altijd met naamsvermelding van de fotograaf. Niet gebruiken bij berichten over misdaad of mensenhandel.";

    [Display(Name = "Trefwoorden")]
    [StringLength(500)]
    public string? Tags { get; set; }

    public bool NoRecognisablePeople { get; set; }

    [Display(Name = "Wie staat er op (initialen of schuilnaam)")]
    [StringLength(PhotoConsent.PersonMaxLength)]
    public string? ConsentPerson { get; set; }

    [Display(Name = "Datum van de toestemming")]
    public DateOnly? ConsentGivenOn { get; set; }

    [Display(Name = "Toestemming voor")]
    public ConsentScope ConsentScope { get; set; } = ConsentScope.ProgrammeAndMedia;

    [Display(Name = "Waar het getekende formulier ligt")]
    [StringLength(PhotoConsent.ReferenceMaxLength)]
    public string? ConsentReference { get; set; }

    public IReadOnlyList<string> TagList => (Tags ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AltTextIn.Values.Any(t => t?.Length > Photo.AltMaxLength))
        {
            yield return new ValidationResult(ValidationMessages.Localized(validationContext, "Een alt-tekst mag hoogstens {0} tekens lang zijn.", Photo.AltMaxLength), [nameof(AltTextIn)]);
        }
        if (!Enum.IsDefined(Licence))
        {
            yield return new ValidationResult("Kies een licentie.", [nameof(Licence)]);
        }
        if (TagList.Count > Photo.MaxTags || TagList.Any(t => t.Length > Photo.TagMaxLength))
        {
            yield return new ValidationResult(ValidationMessages.Localized(validationContext, "Geef hoogstens {0} trefwoorden van elk hoogstens {1} tekens, gescheiden door komma's.",
                Photo.MaxTags, Photo.TagMaxLength), [nameof(Tags)]);
        }
        if (!Enum.IsDefined(ConsentScope))
        {
            yield return new ValidationResult("Kies waarvoor de toestemming geldt.", [nameof(ConsentScope)]);
        }
    }

    /// <summary>A new photo shows nobody recognisable, or comes with its first consent.</summary>
    public bool HasFirstConsent => NoRecognisablePeople || (!string.IsNullOrWhiteSpace(ConsentPerson) && ConsentGivenOn is not null);

    public Photo.Description ToDescription() => new(Title, AltText, AltTextIn, Credit, Licence, UsageTerms, TagList, NoRecognisablePeople);

    public static PhotoInput From(Photo photo) => new()
    {
        Title = photo.Title,
        AltText = photo.AltText,
        AltTextIn = photo.AltTextTranslations.ToDictionary(t => t.Culture, t => (string?)t.Text),
        Credit = photo.Credit,
        Licence = photo.Licence,
        UsageTerms = photo.UsageTerms,
        Tags = string.Join(", ", photo.TagList),
        NoRecognisablePeople = photo.NoRecognisablePeople,
    };
}
