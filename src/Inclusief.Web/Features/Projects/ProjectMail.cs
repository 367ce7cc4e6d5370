using Inclusief.Data;
using Inclusief.Web.Infrastructure.Calendar;
using Inclusief.Web.Infrastructure.Email;
using Inclusief.Web.Infrastructure.Localization;
using Microsoft.Extensions.Options;

namespace Inclusief.Web.Features.Projects;

/// <summary>Meeting invitations to the work group, each with an .ics attachment.</summary>
public sealed class ProjectMail(MailTemplate template, Mailer mailer, IOptions<EmailOptions> email, TimeProvider clock)
{
    public void MeetingPlanned(IEnumerable<AppUser> members, SubProject project, Meeting meeting, string url)
    {
        foreach (var member in members.Where(m => m.Email is not null))
        {
            var culture = member.PreferredCulture ?? Cultures.Dutch;
            var mail = template.Compose(member.Email!, culture, "Uitnodiging: bijeenkomst van de werkgroep",
                ["Je bent uitgenodigd voor ‘{0}’ van het deelproject ‘{1}’.", "Wanneer: {2}. Waar: {3}", "De agenda en later het verslag vind je via de link hieronder."],
                ("Bijeenkomst bekijken", url),
                [meeting.Title, project.Title, ProgrammeTime.Format(meeting.StartsAt, culture), meeting.Location ?? meeting.OnlineLink ?? ""]);
            mailer.Queue(mail with
            {
                Attachments = [new MailAttachment("bijeenkomst.ics", CalendarInvitation.ContentType, CalendarInvitation.Create(
                    new CalendarInvitation.Appointment(meeting.CalendarUid, 0, $"{meeting.Title} – {project.Title}", url, meeting.Location, meeting.OnlineLink, meeting.StartsAt, meeting.EndsAt),
                    email.Value.From, clock.GetUtcNow().UtcDateTime))],
            });
        }
    }
}
