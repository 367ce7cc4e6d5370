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

    public string NameNl { get; set; } = "";

    public string NameEn { get; set; } = "";

    public int Order { get; set; }
}
