using Inclusief.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Events.Admin;

/// <summary>
/// Checking people in at the door on a phone: everyone who registered, by name, one tap each; the box narrows the
/// list while typing (and searches by name or registration code on the server without JavaScript, or when the list is long).
/// </summary>
[Authorize(Policy = EventPermissions.Organise)]
public sealed class CheckInModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public Event Event { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    /// <summary>Above this many, the door list asks for a name or code first: a phone shows a long list slowly.</summary>
    public const int ListLimit = 400;

    public IReadOnlyList<EventRegistration> People { get; private set; } = [];

    /// <summary>Whether the whole list is shown (no search, and not longer than <see cref="ListLimit"/>).</summary>
    public bool ShowsEveryone { get; private set; }

    public int Present { get; private set; }

    public int Registered { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await db.Set<Event>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == id) is not { } ev)
        {
            return NotFound();
        }
        Event = ev;
        Registered = await db.Set<EventRegistration>().CountAsync(r => r.EventId == id && r.Status == RegistrationStatus.Registered);
        Present = await db.Set<EventRegistration>().CountAsync(r => r.EventId == id && r.CheckedInAt != null);
        var live = new RegistrationQuery { Search = Search }.Apply(db.Set<EventRegistration>().AsNoTracking(), id)
            .Where(r => r.Status != RegistrationStatus.Cancelled).OrderBy(r => r.Name);
        if (!string.IsNullOrWhiteSpace(Search))
        {
            People = await live.Take(50).ToListAsync();
        }
        else if (await live.CountAsync() <= ListLimit)
        {
            People = await live.ToListAsync();
            ShowsEveryone = true;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid registrationId, bool undo)
    {
        var registration = await db.Set<EventRegistration>().SingleOrDefaultAsync(r => r.Id == registrationId && r.EventId == id);
        if (registration is null)
        {
            return NotFound();
        }
        if (undo)
        {
            registration.UndoCheckIn();
            TempData["Notice"] = "Aanwezigheid ongedaan gemaakt.";
        }
        else
        {
            registration.CheckIn(clock.GetUtcNow().UtcDateTime);
            TempData["Notice"] = "Aanwezig gemeld.";
        }
        await db.SaveChangesAsync();
        return RedirectToPage(new { id, Search });
    }
}
