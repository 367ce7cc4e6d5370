using System.ComponentModel.DataAnnotations;

namespace Inclusief.Web.Features.Projects;

public sealed class MilestoneInput
{
    [Required]
    [StringLength(Milestone.TitleMaxLength)]
    [Display(Name = "Mijlpaal")]
    public string Title { get; set; } = "";

    [Display(Name = "Gepland op")]
    public DateOnly? PlannedOn { get; set; }
}
