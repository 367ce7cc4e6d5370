using Inclusief.Web.Infrastructure.Localization;
using System.ComponentModel.DataAnnotations;

namespace Inclusief.Web.Features.Knowledge;

public sealed class KnowledgeInput : IValidatableObject
{
    public const int MaxThemes = 10;

    [Display(Name = "Soort")]
    public KnowledgeKind Kind { get; set; } = KnowledgeKind.Article;

    [Display(Name = "Titel")]
    [Required]
    [StringLength(KnowledgeItem.TitleMaxLength)]
    public string Title { get; set; } = "";

    [Display(Name = "Samenvatting")]
    [Required]
    [StringLength(KnowledgeItem.SummaryMaxLength)]
    public string Summary { get; set; } = "";

    [Display(Name = "Tekst")]
    [StringLength(KnowledgeItem.BodyMaxLength)]
    public string? Body { get; set; }

    [Display(Name = "Taal")]
    public string Language { get; set; } = "nl";

    [Display(Name = "Auteur")]
    [Required]
    [StringLength(100)]
    public string AuthorName { get; set; } = "";

    [Display(Name = "Wie mag het lezen")]
    public KnowledgeVisibility Visibility { get; set; }

    [Display(Name = "Link naar podcast of video")]
    [StringLength(500)]
    public string? MediaUrl { get; set; }

    [Display(Name = "Omslagfoto")]
    public Guid? CoverImageId { get; set; }

    [Display(Name = "Thema's")]
    [StringLength(700)]
    public string? Themes { get; set; }

    public List<Guid> TargetGroups { get; set; } = [];

    public List<Guid> Projects { get; set; } = [];

    public List<Guid> Events { get; set; } = [];

    public List<Guid> Results { get; set; } = [];

    public List<string> Municipalities { get; set; } = [];

    public IReadOnlyList<string> ThemeList => (Themes ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Infrastructure.Localization.Cultures.IsSupported(Language))
        {
            yield return new ValidationResult(ValidationMessages.Localized(validationContext, "Kies een taal uit de lijst."), [nameof(Language)]);
        }
        if (!Enum.IsDefined(Kind))
        {
            yield return new ValidationResult("Kies een soort.", [nameof(Kind)]);
        }
        if (!Enum.IsDefined(Visibility))
        {
            yield return new ValidationResult("Kies wie het mag lezen.", [nameof(Visibility)]);
        }
        if (!string.IsNullOrWhiteSpace(MediaUrl) && !(Uri.TryCreate(MediaUrl.Trim(), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps))
        {
            yield return new ValidationResult("Geef een volledige link die met https:// begint.", [nameof(MediaUrl)]);
        }
        if (Kind == KnowledgeKind.Media && string.IsNullOrWhiteSpace(MediaUrl))
        {
            yield return new ValidationResult("Een podcast of video heeft een link nodig.", [nameof(MediaUrl)]);
        }
        if (ThemeList.Count > MaxThemes || ThemeList.Any(t => t.Length > KnowledgeTheme.NameMaxLength))
        {
            yield return new ValidationResult(ValidationMessages.Localized(validationContext, "Geef hoogstens {0} thema's van elk hoogstens {1} tekens, gescheiden door komma's.",
                MaxThemes, KnowledgeTheme.NameMaxLength), [nameof(Themes)]);
        }
    }

    public KnowledgeItem.Draft ToDraft() => new(
        Kind, Title, Summary, Body ?? "", Language, AuthorName, Visibility, MediaUrl, CoverImageId, ThemeList,
        TargetGroups, Projects, Events, Results, Municipalities);

    public static KnowledgeInput From(KnowledgeItem item) => new()
    {
        Kind = item.Kind,
        Title = item.Title,
        Summary = item.Summary,
        Body = item.Body,
        Language = item.Language,
        AuthorName = item.AuthorName,
        Visibility = item.Visibility,
        MediaUrl = item.MediaUrl,
        CoverImageId = item.CoverImageId,
        Themes = string.Join(", ", item.Themes.Select(t => t.Name).Order(StringComparer.Ordinal)),
        TargetGroups = [.. item.TargetGroupList],
        Projects = [.. item.ProjectList],
        Events = [.. item.EventList],
        Results = [.. item.ResultList],
        Municipalities = [.. item.MunicipalityList],
    };
}
