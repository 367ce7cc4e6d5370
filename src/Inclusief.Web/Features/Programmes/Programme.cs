namespace Inclusief.Web.Features.Programmes;

/// <summary>
/// A programme the platform serves. The first is "Inclusief samenwerken in de stad"; programmes for
/// other groups at risk of exclusion are added as data, not code.
/// </summary>
public class Programme
{
    public const int NameMaxLength = 200;

    public static readonly Guid InclusiefSamenwerkenId = new("6f1d2a52-1c3e-4b8e-9a57-0a8f3f1d5c01");

    public Guid Id { get; set; }

    public string Slug { get; set; } = "";

    /// <summary>As written, in Dutch; other languages in <see cref="NameTranslations"/>.</summary>
    public string Name { get; set; } = "";

    public List<Infrastructure.Localization.TranslatedText> NameTranslations { get; set; } = [];

    public Guid TargetGroupId { get; set; }

    public TargetGroup? TargetGroup { get; set; }

    public DateOnly StartsOn { get; set; }

    public bool IsActive { get; set; }
}
