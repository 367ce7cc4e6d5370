using Inclusief.Web.Infrastructure.Localization;
using Inclusief.Web.Infrastructure.Security;
using Inclusief.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Inclusief.Web.Features.Projects.Work;

/// <summary>Work-group meetings: planned in the future, and the work group invited by mail with a calendar invitation.</summary>
[Authorize]
public sealed class MeetingsModel(AppDbContext db, IAuthorizationService authorization, TimeProvider clock, ProjectMail mail, PublicAddress site) : ProjectWorkModel(db, authorization, clock)
{
    public Task<IActionResult> OnPostPlanAsync(Guid id, MeetingInput meeting)
    {
        MeetingForm = meeting;
        return WorkAsync(id, ProjectPermissions.Contribute, nameof(meeting), () =>
        {
            var startsAt = ProgrammeTime.ToUtc(meeting.Date!.Value, meeting.Time!.Value);
            if (startsAt <= Now)
            {
                ModelState.AddModelError("meeting.Date", "Kies een moment in de toekomst.");
                return null;
            }
            var planned = Meeting.Plan(Project.Id, meeting.Title, startsAt, meeting.DurationMinutes, meeting.Location, meeting.OnlineLink, meeting.Agenda, meeting.ChairName);
            Db.Set<Meeting>().Add(planned);
            var memberIds = Project.Members.Select(m => m.UserId).ToList();
            mail.MeetingPlanned(Db.Users.Where(u => memberIds.Contains(u.Id)).ToList(), Project, planned, site.Page(Url, "/Projects/Meeting", null, new { id = planned.Id }));
            return "De bijeenkomst is gepland en de werkgroep is uitgenodigd.";
        });
    }
}
