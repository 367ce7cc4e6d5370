using System.ComponentModel.DataAnnotations;

namespace Inclusief.Web.Features.Ideas;

public sealed class SubmitInput
{
    public Guid SubmissionKey { get; set; }

    [Display(Name = "Wat breng je in?")]
    public IdeaKind Kind { get; set; } = IdeaKind.ProjectIdea;

    [Required]
    [StringLength(Idea.TitleMaxLength, MinimumLength = 5)]
    [Display(Name = "Titel")]
    public string Title { get; set; } = "";

    [Required]
    [StringLength(Idea.TextMaxLength, MinimumLength = 20)]
    [Display(Name = "Beschrijving")]
    public string Description { get; set; } = "";

    [StringLength(Idea.TextMaxLength)]
    [Display(Name = "Voor wie speelt dit?")]
    public string? AffectedGroup { get; set; }

    [StringLength(Idea.TextMaxLength)]
    [Display(Name = "Welke hulp vraag je?")]
    public string? HelpAsked { get; set; }

    public string? MunicipalityCode { get; set; }

    public Guid? OrganisationId { get; set; }

    [Display(Name = "Delen met andere deelnemers")]
    public bool Shared { get; set; }
}
