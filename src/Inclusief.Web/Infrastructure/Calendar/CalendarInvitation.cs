using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Inclusief.Web.Infrastructure.Calendar;

/// <summary>
/// An .ics invitation (RFC 5545) to attach to a mail. The same UID with a higher sequence updates the
/// entry in the recipient's calendar instead of adding a second one.
/// </summary>
public static class CalendarInvitation
{
    public const string ContentType = "text/calendar; method=REQUEST; charset=utf-8";

    public sealed record Appointment(string Uid, int Sequence, string Summary, string Description, string? Location, string? OnlineLink, DateTime StartsAt, DateTime EndsAt);

    public static string Create(Appointment appointment, string organiserEmail, DateTime stamp)
    {
        var calendarEvent = new CalendarEvent
        {
            Uid = appointment.Uid,
            Sequence = appointment.Sequence,
            Summary = appointment.Summary,
            Description = appointment.Description,
            Location = appointment.Location ?? appointment.OnlineLink,
            DtStart = new CalDateTime(appointment.StartsAt),
            DtEnd = new CalDateTime(appointment.EndsAt),
            DtStamp = new CalDateTime(stamp),
            Organizer = new Organizer($"mailto:{organiserEmail}"),
        };
        if (appointment.OnlineLink is not null && Uri.TryCreate(appointment.OnlineLink, UriKind.Absolute, out var url))
        {
            calendarEvent.Url = url;
        }
        var calendar = new Ical.Net.Calendar { Method = "REQUEST" };
        calendar.Events.Add(calendarEvent);
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
