using Inclusief.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Events.Admin;

/// <summary>All events for the organisers, invitation-only ones included, with places taken and the waitlist.</summary>
[Authorize(Policy = EventPermissions.Organise)]
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Row(Event Event, RegistrationDesk.Taken Taken, int Waitlisted, IReadOnlyList<SessionLine> Sessions);

    public sealed record SessionLine(string Title, int Taken, int Capacity, int Waiting);

    public DateTime Now { get; private set; }

    public IReadOnlyList<Row> Upcoming { get; private set; } = [];

    public IReadOnlyList<Row> Past { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var now = Now = clock.GetUtcNow().UtcDateTime;
        var events = await db.Set<Event>().AsNoTracking().Include(e => e.Rounds).ThenInclude(r => r.Sessions).AsSplitQuery()
            .Where(e => e.EndsAt > now.AddYears(-1)).OrderBy(e => e.StartsAt).ToListAsync();
        var ids = events.Select(e => e.Id).ToList();
        var taken = await db.Set<EventRegistration>().TakenAsync(ids);
        var waiting = await db.Set<EventRegistration>().Where(r => ids.Contains(r.EventId) && r.Status == RegistrationStatus.Waitlisted)
            .GroupBy(r => r.EventId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var sessionIds = events.SelectMany(e => e.Rounds).SelectMany(r => r.Sessions).Select(s => s.Id).ToList();
        var sessionTaken = await db.Set<SessionChoice>().TakenPerSessionAsync(sessionIds);
        var sessionWaiting = await db.Set<SessionChoice>().WaitingPerSessionAsync(sessionIds);
        var rows = events.Select(e => new Row(e, taken[e.Id], waiting.GetValueOrDefault(e.Id),
            e.Rounds.OrderBy(r => r.Order).SelectMany(r => r.Sessions.OrderBy(s => s.Order))
                .Select(s => new SessionLine(s.Title, sessionTaken.GetValueOrDefault(s.Id), s.Capacity, sessionWaiting.GetValueOrDefault(s.Id))).ToList())).ToList();
        Upcoming = rows.Where(r => r.Event.EndsAt > now).ToList();
        Past = rows.Where(r => r.Event.EndsAt <= now).OrderByDescending(r => r.Event.StartsAt).ToList();
    }
}
