using Inclusief.Web.Infrastructure.Pages;
using Inclusief.Web.Infrastructure.Security;
using Inclusief.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Events.Admin;

/// <summary>Planning an event or changing it; a new time or place is mailed to everyone registered, with an updated calendar entry.</summary>
[Authorize(Policy = EventPermissions.Organise)]
public sealed class EditModel(AppDbContext db, RegistrationDesk desk, EventMail mail, UserManager<AppUser> users, TimeProvider clock, PublicAddress site) : PageModel
{
    [BindProperty]
    public EventInput Input { get; set; } = new();

    [BindProperty]
    public string? CancellationReason { get; set; }

    public Event? Existing { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id)
    {
        if (id is { } existing)
        {
            Existing = await db.Set<Event>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == existing);
            if (Existing is null)
            {
                return NotFound();
            }
            Input = EventInput.From(Existing);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id)
    {
        if (id is { } existingId && (Existing = await db.Set<Event>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == existingId)) is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            if (Existing is null)
            {
                var planned = Event.Plan(Input.ToDraft(now), users.GetUserId(User)!, now);
                db.Set<Event>().Add(planned);
                await db.SaveChangesAsync();
                TempData["Notice"] = "De bijeenkomst is aangemaakt als concept. Stel het programma samen en publiceer hem dan.";
                return RedirectToPage("Programme", new { id = planned.Id });
            }
            await desk.ChangeEventAsync(Existing.Id, Input.ToDraft(now), site.Root);
        }
        catch (RuleException ex)
        {
            RuleRefusal.Show(this, string.Empty, ex);
            return Page();
        }
        TempData["Notice"] = "De wijzigingen zijn opgeslagen.";
        return RedirectToPage("Registrations", new { id = Existing.Id });
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid id)
    {
        var ev = await db.Set<Event>().SingleOrDefaultAsync(e => e.Id == id);
        if (ev is null)
        {
            return NotFound();
        }
        ev.Publish(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
        TempData["Notice"] = "De bijeenkomst is gepubliceerd: wie hem mag zien vindt hem nu in de agenda en kan zich aanmelden.";
        return RedirectToPage("/Events/Details", new { id, invite = ev.InvitationCode });
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id)
    {
        var ev = await db.Set<Event>().SingleOrDefaultAsync(e => e.Id == id);
        if (ev is null)
        {
            return NotFound();
        }
        ev.Cancel(CancellationReason ?? "");
        var affected = await db.Set<EventRegistration>().Where(r => r.EventId == id && r.Status != RegistrationStatus.Cancelled).ToListAsync();
        foreach (var registration in affected)
        {
            mail.EventCancelled(registration, ev);
        }
        await db.SaveChangesAsync();
        TempData["Notice"] = "De bijeenkomst is afgelast en iedereen die zich had aangemeld heeft een mail gekregen.";
        return RedirectToPage("Index");
    }
}
