using System.ComponentModel.DataAnnotations;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Events;

/// <summary>
/// A lost registration link, mailed again. A page of its own, so that the event's page carries no form token and
/// can be served to every visitor from the output cache.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(SubmissionRateLimit.Policy)]
public sealed class LostLinkModel(AppDbContext db, IAuthorizationService authorization, EventMail mail, TimeProvider clock, PublicAddress site) : PageModel
{
    public Event Event { get; private set; } = null!;

    public string? Invite { get; private set; }

    [BindProperty]
    [Required]
    [EmailAddress]
    [Display(Name = "E-mailadres")]
    public string LinkEmail { get; set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, string? invite) => await LoadAsync(id, invite) ? Page() : NotFound();

    /// <summary>The answer is the same whether or not the address is registered.</summary>
    public async Task<IActionResult> OnPostAsync(Guid id, string? invite)
    {
        if (!await LoadAsync(id, invite))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var key = EventRegistration.NormaliseEmail(LinkEmail);
        if (await db.Set<EventRegistration>().SingleOrDefaultAsync(r => r.EventId == id && r.EmailKey == key && r.Status != RegistrationStatus.Cancelled) is { } registration)
        {
            mail.LinkResent(registration, Event, site.Root);
            await db.SaveChangesAsync();
        }
        TempData["Notice"] = "Als dit adres is aangemeld, krijg je binnen een paar minuten een mail met je persoonlijke link.";
        return RedirectToPage("Details", new { id, invite = Invite });
    }

    /// <summary>Only while the event is still to come and not called off: afterwards a link leads nowhere useful.</summary>
    private async Task<bool> LoadAsync(Guid id, string? invite)
    {
        var ev = await db.Set<Event>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == id);
        var isOrganiser = (await authorization.AuthorizeAsync(User, EventPermissions.Organise)).Succeeded;
        if (ev is null || !EventVisibility.IsVisible(ev, invite, isOrganiser) || ev.IsCancelled || clock.GetUtcNow().UtcDateTime >= ev.EndsAt)
        {
            return false;
        }
        Event = ev;
        Invite = ev.Audience == EventAudience.InvitationOnly ? invite : null;
        return true;
    }
}
