using System.ComponentModel.DataAnnotations;
using Inclusief.Web.Infrastructure.Pages;

namespace Inclusief.Web.Features.Accessibility;

public sealed class BarrierInput
{
    public Guid SubmissionKey { get; set; }

    [Required(ErrorMessage = "Vertel kort waar je vastliep.")]
    [StringLength(BarrierReport.DescriptionMaxLength)]
    [Display(Name = "Waar liep je vast?")]
    public string Description { get; set; } = "";

    [StringLength(BarrierReport.PageMaxLength)]
    [Display(Name = "Op welke pagina?")]
    public string? Page { get; set; }

    [EmailAddress]
    [StringLength(ContactDetails.EmailMaxLength)]
    [Display(Name = "E-mailadres")]
    public string? Email { get; set; }

    /// <summary>Left empty by people; filled by form-filling robots.</summary>
    public string? Website { get; set; }
}
