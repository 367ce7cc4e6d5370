using System.ComponentModel.DataAnnotations;

namespace Inclusief.Web.Features.Ideas;

public sealed class SubmitInput
{
    public Guid SubmissionKey { get; set; }

    [Display(Name = "Wat breng je in?")]
    public IdeaKind Kind { get; set; } = IdeaKind.ProjectIdea;

    [Required(ErrorMessage = "Vul {0} in.")]
    [StringLength(Idea.TitleMaxLength, MinimumLength = 5, ErrorMessage = "{0} moet tussen {2} en {1} tekens lang zijn.")]
    [Display(Name = "Titel")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Vul {0} in.")]
    [StringLength(Idea.TextMaxLength, MinimumLength = 20, ErrorMessage = "{0} moet tussen {2} en {1} tekens lang zijn.")]
    [Display(Name = "Beschrijving")]
    public string Description { get; set; } = "";

    [StringLength(Idea.TextMaxLength, ErrorMessage = "{0} mag hoogstens {1} tekens lang zijn.")]
    [Display(Name = "Voor wie speelt dit?")]
    public string? AffectedGroup { get; set; }

    [StringLength(Idea.TextMaxLength, ErrorMessage = "{0} mag hoogstens {1} tekens lang zijn.")]
    [Display(Name = "Welke hulp vraag je?")]
    public string? HelpAsked { get; set; }

    public string? MunicipalityCode { get; set; }

    public Guid? OrganisationId { get; set; }
}
