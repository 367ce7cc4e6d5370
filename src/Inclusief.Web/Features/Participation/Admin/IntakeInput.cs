using System.ComponentModel.DataAnnotations;
using Inclusief.Web.Infrastructure.Calendar;

namespace Inclusief.Web.Features.Participation.Admin;

public sealed class IntakeInput : AppointmentInput
{
    [Range(15, 240, ErrorMessage = "{0} moet tussen {1} en {2} minuten zijn.")]
    [Display(Name = "Duur in minuten")]
    public override int DurationMinutes { get; set; } = 45;

    protected override string NoPlaceOrLink => "Vul een plaats of een link voor een online gesprek in.";
}
