using Inclusief.Data;
using Inclusief.Web.Infrastructure.Pages;
using Inclusief.Web.Infrastructure.Sms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Events.Admin;

/// <summary>
/// All events for the organisers, invitation-only ones included, with places taken and the waitlist: the coming ones
/// in the order they happen, or the past ones latest first, a page at a time, and found by title.
/// </summary>
[Authorize(Policy = EventPermissions.Organise)]
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(Event Event, RegistrationDesk.Taken Taken, int Waitlisted, IReadOnlyList<SessionLine> Sessions);

    public sealed record SessionLine(string Title, int Taken, int Capacity, int Waiting);

    /// <summary>"past" for the events that ended; anything else shows the coming ones.</summary>
    [BindProperty(SupportsGet = true)]
    public string? When { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(Name = Pager.Parameter, SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public bool Past => When == "past";

    public DateTime Now { get; private set; }

    public int Total { get; private set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    /// <summary>How the reminders by SMS fared.</summary>
    public IReadOnlyList<SmsDeliveryFigures.Row> Sms { get; private set; } = [];

    public async Task OnGetAsync()
    {
        PageNumber = Pager.Valid(PageNumber);
        var now = Now = clock.GetUtcNow().UtcDateTime;
        var query = db.Set<Event>().AsNoTracking();
        query = Past ? query.Where(e => e.EndsAt <= now) : query.Where(e => e.EndsAt > now);
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var term = Search.Trim().ToUpperInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // Translated to SQL upper(); no .NET culture is involved.
            query = query.Where(e => e.Title.ToUpper().Contains(term));
#pragma warning restore CA1304, CA1311, CA1862
        }
        Total = await query.CountAsync();
        var ordered = query.InListOrder(Past);
        var events = await ordered.Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Include(e => e.Rounds).ThenInclude(r => r.Sessions).AsSplitQuery().ToListAsync();
        var ids = events.Select(e => e.Id).ToList();
        var taken = await db.Set<EventRegistration>().TakenAsync(ids);
        var waiting = await db.Set<EventRegistration>().Where(r => ids.Contains(r.EventId) && r.Status == RegistrationStatus.Waitlisted)
            .GroupBy(r => r.EventId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var sessionIds = events.SelectMany(e => e.Rounds).SelectMany(r => r.Sessions).Select(s => s.Id).ToList();
        var sessionTaken = await db.Set<SessionChoice>().TakenPerSessionAsync(sessionIds);
        var sessionWaiting = await db.Set<SessionChoice>().WaitingPerSessionAsync(sessionIds);
        Rows = events.Select(e => new Row(e, taken[e.Id], waiting.GetValueOrDefault(e.Id),
            e.Rounds.OrderBy(r => r.Order).SelectMany(r => r.Sessions.OrderBy(s => s.Order))
                .Select(s => new SessionLine(s.Title, sessionTaken.GetValueOrDefault(s.Id), s.Capacity, sessionWaiting.GetValueOrDefault(s.Id))).ToList())).ToList();
        Sms = await SmsDeliveryFigures.ForAsync(db, now, SmsPurpose.EventReminder);
    }

    /// <summary>The address of another page of this list, with its filter.</summary>
    public string PageUrl(int page) => Url.Page(null, new { when = Past ? "past" : null, search = string.IsNullOrWhiteSpace(Search) ? null : Search.Trim(), p = page })!;
}
