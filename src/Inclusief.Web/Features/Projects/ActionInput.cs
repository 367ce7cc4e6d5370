using System.ComponentModel.DataAnnotations;

namespace Inclusief.Web.Features.Projects;

public sealed class ActionInput
{
    [Required]
    [StringLength(ActionItem.DescriptionMaxLength)]
    [Display(Name = "Wat moet er gebeuren?")]
    public string Description { get; set; } = "";

    public string? OwnerId { get; set; }

    [Display(Name = "Klaar op")]
    public DateOnly? DueOn { get; set; }

    [StringLength(ActionItem.GoalMaxLength)]
    [Display(Name = "Bij welk doel hoort dit?")]
    public string? Goal { get; set; }
}
