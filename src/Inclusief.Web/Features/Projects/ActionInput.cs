using System.ComponentModel.DataAnnotations;

namespace Inclusief.Web.Features.Projects;

public sealed class ActionInput
{
    [Required]
    [StringLength(500)]
    [Display(Name = "Wat moet er gebeuren?")]
    public string Description { get; set; } = "";

    public string? OwnerId { get; set; }

    [Display(Name = "Klaar op")]
    public DateOnly? DueOn { get; set; }

    [StringLength(300)]
    [Display(Name = "Bij welk doel hoort dit?")]
    public string? Goal { get; set; }
}
