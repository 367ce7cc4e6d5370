using System.ComponentModel.DataAnnotations;
using Inclusief.Web.Infrastructure.Calendar;

namespace Inclusief.Web.Features.Projects;

public sealed class MeetingInput : AppointmentInput
{
    [Required]
    [StringLength(Meeting.TitleMaxLength)]
    [Display(Name = "Naam van de bijeenkomst")]
    public string Title { get; set; } = "";

    [Range(15, 480, ErrorMessage = "{0} moet tussen {1} en {2} minuten zijn.")]
    [Display(Name = "Duur in minuten")]
    public override int DurationMinutes { get; set; } = 90;

    [StringLength(SubProject.TextMaxLength)]
    [Display(Name = "Agenda")]
    public string? Agenda { get; set; }

    [StringLength(Meeting.ChairMaxLength)]
    [Display(Name = "Neutrale voorzitter (niet verplicht)")]
    public string? ChairName { get; set; }

    protected override string NoPlaceOrLink => "Vul een plaats of een link voor online deelname in.";
}
