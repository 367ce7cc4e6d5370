using System.ComponentModel.DataAnnotations;

namespace Inclusief.Web.Features.Students;

/// <summary>The assignment form; the origin is one of three, or none (the programme itself).</summary>
public sealed class AssignmentInput
{
    [Required]
    [Display(Name = "Soort opdracht")]
    public AssignmentKind? Kind { get; set; }

    [Required]
    [StringLength(Assignment.TitleMaxLength)]
    [Display(Name = "Titel")]
    public string? Title { get; set; }

    [Required]
    [StringLength(Assignment.DescriptionMaxLength)]
    [Display(Name = "Wat de student doet en leert")]
    public string? Description { get; set; }

    [Display(Name = "Begint op")]
    public DateOnly? StartsOn { get; set; }

    [Display(Name = "Eindigt op")]
    public DateOnly? EndsOn { get; set; }

    [Required]
    [StringLength(Assignment.NameMaxLength)]
    [Display(Name = "Begeleidend docent")]
    public string? Lecturer { get; set; }

    [Required]
    [StringLength(Assignment.NameMaxLength)]
    [Display(Name = "Opleiding")]
    public string? StudyProgramme { get; set; }

    [Range(1, Assignment.MaxPlaces)]
    [Display(Name = "Plaatsen")]
    public int Places { get; set; } = 1;

    /// <summary>"project:{id}", "idea:{id}", "trajectory:{id}", or empty for the programme.</summary>
    [Display(Name = "Vanuit")]
    public string? Origin { get; set; }

    public Assignment.Details ToDetails() => new(Kind!.Value, Title!, Description!, StartsOn, EndsOn, Lecturer!, StudyProgramme!, Places);

    public static string? OriginOf(Assignment assignment) =>
        assignment.SubProjectId is { } p ? $"project:{p}" : assignment.IdeaId is { } i ? $"idea:{i}" : assignment.TrajectoryId is { } t ? $"trajectory:{t}" : null;

    /// <summary>The origin chosen, if it is one of <paramref name="offered"/>.</summary>
    public Assignment.Origin? ChosenOrigin(IEnumerable<string> offered)
    {
        if (string.IsNullOrEmpty(Origin))
        {
            return Assignment.Origin.Programme;
        }
        if (!offered.Contains(Origin) || Origin.Split(':') is not [var kind, var value] || !Guid.TryParse(value, out var id))
        {
            return null;
        }
        return kind switch
        {
            "project" => new Assignment.Origin(id, null, null),
            "idea" => new Assignment.Origin(null, id, null),
            _ => new Assignment.Origin(null, null, id),
        };
    }
}
