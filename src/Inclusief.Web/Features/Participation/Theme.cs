namespace Inclusief.Web.Features.Participation;

/// <summary>
/// A theme people can choose to work on or give feedback on, per programme. Until sub-projects exist these
/// are how work-field and sounding-board members say where they want to help.
/// </summary>
public class Theme
{
    public Guid Id { get; set; }

    public Guid ProgrammeId { get; set; }

    public string Code { get; set; } = "";

    /// <summary>As written, in Dutch; other languages in <see cref="NameTranslations"/>.</summary>
    public string Name { get; set; } = "";

    public List<Infrastructure.Localization.TranslatedText> NameTranslations { get; set; } = [];

    public int Order { get; set; }
}
