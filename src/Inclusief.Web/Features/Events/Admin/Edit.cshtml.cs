using Inclusief.Web.Infrastructure.Pages;
using Inclusief.Web.Infrastructure.Security;
using Inclusief.Data;
using Inclusief.Web.Features.Research;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inclusief.Web.Features.Events.Admin;

/// <summary>Planning an event or changing it; a new time or place is mailed to everyone registered, with an updated calendar entry.</summary>
[Authorize(Policy = EventPermissions.Organise)]
public sealed class EditModel(AppDbContext db, RegistrationDesk desk, EventMail mail, UserManager<AppUser> users, IStringLocalizer<SharedResource> texts, TimeProvider clock, PublicAddress site,
    Notifications.Notifier notifier) : PageModel
{
    [BindProperty]
    public EventInput Input { get; set; } = new();

    [BindProperty]
    public string? CancellationReason { get; set; }

    public Event? Existing { get; private set; }

    /// <summary>The trajectory a new focus group is planned for (from its page), carried in the form.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Trajectory { get; set; }

    public ResearchCatalogue.TrajectoryHeading? ForTrajectory { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id)
    {
        if (id is null && Trajectory is { } trajectoryId)
        {
            if ((ForTrajectory = await db.TrajectoryHeadingAsync(trajectoryId)) is not { } heading)
            {
                return NotFound();
            }
            var title = texts["Focusgroep: {0}", heading.Title].Value;
            Input = new EventInput
            {
                Type = EventType.FocusGroup, Audience = EventAudience.InvitationOnly,
                Title = title[..Math.Min(Event.TitleMaxLength, title.Length)], Capacity = 12,
                Description = texts["Een gesprek in een kleine groep over wat er beter kan. Je bent uitgenodigd; wat je zegt, komt zonder je naam in het verslag."].Value,
            };
        }
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
        if (Trajectory is { } forTrajectory && Existing is null)
        {
            ForTrajectory = await db.TrajectoryHeadingAsync(forTrajectory);
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
                if (Trajectory is { } trajectoryId)
                {
                    if (await db.TrajectoryHeadingAsync(trajectoryId) is null)
                    {
                        return NotFound();
                    }
                    planned.BelongToTrajectory(trajectoryId);
                }
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
        var wasPublished = ev.IsPublished;
        ev.Publish(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
        // Once it is published (the audience asks the database), whoever follows the events list hears of one they may see:
        // not of one by invitation only, and not again when it is published a second time.
        if (!wasPublished && ev.Audience != EventAudience.InvitationOnly)
        {
            await notifier.NotifyFollowersAsync(new Notifications.Notifier.What(Notifications.NotificationKind.NewEvent, Notifications.FollowTarget.Event,
                Conversation.CommentSubjects.KeyOf(ev.Id), ev.Title, $"/Events/Details/{ev.Id}"), users.GetUserId(User), followersOf: (Notifications.FollowTarget.Events, ""));
            await db.SaveChangesAsync();
        }
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
