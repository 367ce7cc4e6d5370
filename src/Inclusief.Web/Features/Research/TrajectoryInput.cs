using System.ComponentModel.DataAnnotations;

namespace Inclusief.Web.Features.Research;

/// <summary>The form that starts a trajectory.</summary>
public sealed class TrajectoryInput
{
    [Required(ErrorMessage = "Vul een titel en de onderzoeksvraag in.")]
    [StringLength(Trajectory.TitleMaxLength)]
    [Display(Name = "Titel")]
    public string? Title { get; set; }

    [Display(Name = "Gemeente (niet verplicht)")]
    public string? MunicipalityCode { get; set; }

    [Required(ErrorMessage = "Vul een titel en de onderzoeksvraag in.")]
    [StringLength(Trajectory.TextMaxLength)]
    [Display(Name = "Onderzoeksvraag")]
    public string? Question { get; set; }

    [StringLength(Trajectory.TextMaxLength)]
    [Display(Name = "Partners")]
    public string? Partners { get; set; }

    [StringLength(Trajectory.FacilitatorsMaxLength)]
    [Display(Name = "Begeleiders")]
    public string? Facilitators { get; set; }

    [Required(ErrorMessage = "Vul de startdatum in.")]
    [Display(Name = "Start")]
    public DateOnly? StartsOn { get; set; }

    [Display(Name = "Einde (niet verplicht)")]
    public DateOnly? EndsOn { get; set; }
}
