namespace Inclusief.Web.Features.Programmes;

/// <summary>A group at risk of exclusion that a programme works with (sekswerkers first).</summary>
public class TargetGroup
{
    public static readonly Guid SexWorkersId = new("0b9c7a4e-2f6d-4d1a-8c3e-5e7f9a1b2c01");

    public Guid Id { get; set; }

    public string Slug { get; set; } = "";

    /// <summary>As written, in Dutch; other languages in <see cref="NameTranslations"/>.</summary>
    public string Name { get; set; } = "";

    public List<Infrastructure.Localization.TranslatedText> NameTranslations { get; set; } = [];
}
