using Inclusief.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Events.Admin;

/// <summary>A presence list to print, for the door when there is no network.</summary>
[Authorize(Policy = EventPermissions.Organise)]
public sealed class CheckInListModel(AppDbContext db) : PageModel
{
    public Event Event { get; private set; } = null!;

    public IReadOnlyList<(EventRegistration Registration, string Sessions)> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await db.Set<Event>().AsNoTracking().WithSessions().SingleOrDefaultAsync(e => e.Id == id) is not { } ev)
        {
            return NotFound();
        }
        Event = ev;
        var titles = ev.Rounds.SelectMany(r => r.Sessions).ToDictionary(s => s.Id, s => s.Title);
        Rows = (await db.Set<EventRegistration>().AsNoTracking().Include(r => r.Choices)
                .Where(r => r.EventId == id && r.Status == RegistrationStatus.Registered).OrderBy(r => r.Name).ToListAsync())
            .Select(r => (r, string.Join("; ", r.Choices.Where(c => c.Status == SessionChoiceStatus.Confirmed).Select(c => titles.GetValueOrDefault(c.SessionId)))))
            .ToList();
        return Page();
    }
}
