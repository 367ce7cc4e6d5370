using System.ComponentModel.DataAnnotations;

namespace Inclusief.Web.Features.Projects;

public sealed class ResultInput
{
    [Required]
    [StringLength(ProjectResult.TitleMaxLength)]
    [Display(Name = "Resultaat")]
    public string Title { get; set; } = "";

    [Required]
    [StringLength(SubProject.TextMaxLength)]
    [Display(Name = "Wat is er bereikt?")]
    public string Summary { get; set; } = "";

    [StringLength(SubProject.TextMaxLength)]
    [Display(Name = "Hoe weten we dat?")]
    public string? Evidence { get; set; }
}
