using Inclusief.Web.Infrastructure.Security;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Inclusief.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Events;

/// <summary>An iCalendar feed of public events (last three months and everything ahead) to subscribe to in a calendar app.</summary>
[AllowAnonymous]
public sealed class FeedModel(AppDbContext db, TimeProvider clock, PublicAddress site) : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var since = clock.GetUtcNow().UtcDateTime.AddMonths(-3);
        var events = await db.PublicEvents().Where(e => e.EndsAt >= since).OrderBy(e => e.StartsAt).ToListAsync();
        var calendar = new Ical.Net.Calendar();
        calendar.AddProperty("X-WR-CALNAME", "Inclusief samenwerken in de stad");
        foreach (var ev in events)
        {
            var url = site.Page(Url, "/Events/Details", null, new { id = ev.Id });
            calendar.Events.Add(new CalendarEvent
            {
                Uid = ev.CalendarUid,
                Sequence = ev.Sequence,
                Summary = ev.Title,
                Description = $"{ev.Description}\n\n{url}",
                Location = ev.Venue ?? "Online",
                DtStart = new CalDateTime(ev.StartsAt),
                DtEnd = new CalDateTime(ev.EndsAt),
                DtStamp = new CalDateTime(ev.CreatedAt),
                Url = new Uri(url),
                Status = ev.IsCancelled ? "CANCELLED" : "CONFIRMED",
            });
        }
        return Content(new CalendarSerializer().SerializeToString(calendar) ?? "", "text/calendar; charset=utf-8");
    }
}
