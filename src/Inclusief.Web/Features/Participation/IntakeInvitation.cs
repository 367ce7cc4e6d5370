using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Inclusief.Web.Features.Participation;

/// <summary>The .ics invitation for an intake conversation (RFC 5545), attached to the mail.</summary>
public static class IntakeInvitation
{
    public const string FileName = "kennismakingsgesprek.ics";
    public const string ContentType = "text/calendar; method=REQUEST; charset=utf-8";

    public static string Create(IntakeConversation intake, string summary, string description, string organiserEmail, DateTime stamp)
    {
        var calendarEvent = new CalendarEvent
        {
            Uid = intake.CalendarUid,
            Sequence = intake.Sequence,
            Summary = summary,
            Description = description,
            Location = intake.Location ?? intake.OnlineLink,
            DtStart = new CalDateTime(intake.StartsAt),
            DtEnd = new CalDateTime(intake.EndsAt),
            DtStamp = new CalDateTime(stamp),
            Organizer = new Organizer($"mailto:{organiserEmail}"),
        };
        if (intake.OnlineLink is not null)
        {
            calendarEvent.Url = new Uri(intake.OnlineLink);
        }
        var calendar = new Calendar { Method = "REQUEST" };
        calendar.Events.Add(calendarEvent);
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
