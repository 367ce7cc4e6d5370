using System.ComponentModel.DataAnnotations;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Crypto;
using Inclusief.Web.Infrastructure.Database;
using Inclusief.Web.Infrastructure.Pages;
using Inclusief.Web.Infrastructure.Security;
using Inclusief.Web.Infrastructure.Sms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Events;

/// <summary>
/// A registration opened with its personal link: see the status and code, change sessions, cancel or leave the
/// waitlist, and afterwards say how it was. A tampered or unknown link gets one calm answer.
/// </summary>
[AllowAnonymous]
public sealed class RegistrationModel(AppDbContext db, RegistrationDesk desk, RegistrationLink links, IAuthorizationService authorization, FieldCipher cipher, MasterKey masterKey,
    Microsoft.Extensions.Options.IOptions<SmsOptions> smsOptions, TimeProvider clock, PublicAddress site) : PageModel
{
    /// <summary>A reminder by SMS can be asked for while the registration can still be cancelled and the day before is still ahead.</summary>
    public bool SmsOffered => smsOptions.Value.IsConfigured && CanCancel && Event.StartsAt.AddDays(-1) > clock.GetUtcNow().UtcDateTime;

    /// <summary>The number the reminder goes to, masked.</summary>
    public MobileNumber? SmsNumber => cipher.DecryptOrNull(Registration.EncryptedSmsNumber, EventRegistration.SmsCipherPurpose) is { } e164 ? MobileNumber.FromStored(e164) : null;

    public EventRegistration Registration { get; private set; } = null!;

    public Event Event { get; private set; } = null!;

    public string Token { get; private set; } = "";

    public bool LinkUnknown { get; private set; }

    public bool CanChange { get; private set; }

    public bool CanCancel { get; private set; }

    public bool CanGiveFeedback { get; private set; }

    public bool IsOver { get; private set; }

    public EventFeedback? Feedback { get; private set; }

    public RegistrationDesk.Needs Needs { get; private set; } = new(null, null);

    public async Task<IActionResult> OnGetAsync(string? t) => await LoadAsync(t) ? Page() : Unknown();

    public async Task<IActionResult> OnPostSessionsAsync(string? t, List<Guid?> sessions) =>
        await ActAsync(t, EventPermissions.ChangeSessions, async () => await desk.ChangeSessionsAsync(Registration.Id, sessions.OfType<Guid>().ToList(), site.Root) is { Count: > 0 } waiting
            ? KeptText.Of("Je keuze is opgeslagen, maar je staat op de wachtlijst voor {0}: die deelsessie is vol. Komt er een plaats vrij, dan krijg je die automatisch.", string.Join(", ", waiting))
            : "Je keuze voor de deelsessies is opgeslagen.");

    public async Task<IActionResult> OnPostCancelAsync(string? t) =>
        await ActAsync(t, EventPermissions.Cancel, async () =>
        {
            var notice = Registration.Status == RegistrationStatus.Waitlisted ? "Je staat niet meer op de wachtlijst." : "Je bent afgemeld. Je plaats gaat naar de eerste op de wachtlijst.";
            await desk.CancelAsync(Registration.Id, site.Root);
            return notice;
        });

    public async Task<IActionResult> OnPostSmsAsync(string? t, string? number) =>
        await ActAsync(t, EventPermissions.Cancel, async () =>
        {
            var mobile = MobileNumber.Parse(number) ?? throw new RuleException(MobileNumber.NotMobile);
            var registration = await db.Set<EventRegistration>().SingleAsync(r => r.Id == Registration.Id);
            registration.TextMeAt(cipher.Encrypt(mobile.E164, EventRegistration.SmsCipherPurpose), mobile.KeyWith(masterKey, EventRegistration.SmsScope));
            await db.SaveChangesAsync();
            return "De dag ervoor krijg je een sms-herinnering.";
        });

    public async Task<IActionResult> OnPostNoSmsAsync(string? t) =>
        await ActAsync(t, EventPermissions.Cancel, async () =>
        {
            var registration = await db.Set<EventRegistration>().SingleAsync(r => r.Id == Registration.Id);
            registration.StopSms();
            await db.SaveChangesAsync();
            return "Je krijgt geen sms-herinnering. Je nummer is gewist.";
        });

    public async Task<IActionResult> OnPostFeedbackAsync(string? t, int? rating,
        [StringLength(EventFeedback.TextMaxLength), Display(Name = "Wat was waardevol?")] string? valuable,
        [StringLength(EventFeedback.TextMaxLength), Display(Name = "Wat kan beter?")] string? improvement)
    {
        if (!await LoadAsync(t))
        {
            return Unknown();
        }
        if (!CanGiveFeedback)
        {
            return Refused(t, new RuleException("Feedback geven kan na de bijeenkomst, als je erbij was."));
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var feedback = await db.Set<EventFeedback>().SingleOrDefaultAsync(f => f.RegistrationId == Registration.Id);
        var fresh = feedback is null;
        feedback ??= EventFeedback.Start(Event.Id, Registration.Id);
        try
        {
            feedback.Give(rating ?? 0, valuable, improvement, clock.GetUtcNow().UtcDateTime);
        }
        catch (RuleException ex)
        {
            RuleRefusal.Show(this, string.Empty, ex);
            return Page();
        }
        if (fresh)
        {
            db.Set<EventFeedback>().Add(feedback);
        }
        // The same form sent twice at once: the first answer is kept.
        var registrationId = Registration.Id;
        await db.SaveOnceAsync(d => d.Set<EventFeedback>().AnyAsync(f => f.RegistrationId == registrationId));
        TempData["Notice"] = "Dank je voor je feedback!";
        return RedirectToPage(new { t });
    }

    /// <summary>A step on the registration by its link; the step returns the notice, which may depend on what happened.</summary>
    private async Task<IActionResult> ActAsync(string? t, OperationAuthorizationRequirement permission, Func<Task<string>> act)
    {
        if (!await LoadAsync(t))
        {
            return Unknown();
        }
        if (!(await authorization.AuthorizeAsync(User, new RegistrationOnLink(Registration, Event), permission)).Succeeded)
        {
            return Refused(t, new RuleException("Dit kan niet meer: de aanmelding is gesloten, of de bijeenkomst is voorbij of afgelast."));
        }
        string notice;
        try
        {
            notice = await act();
        }
        catch (RuleException rule)
        {
            return Refused(t, rule);
        }
        TempData["Notice"] = notice;
        return RedirectToPage(new { t });
    }

    /// <summary>The link is posted as a form field, not in the address, so a refusal comes back here with it rather than through <see cref="RuleRefusal"/>.</summary>
    private RedirectToPageResult Refused(string? t, RuleException reason)
    {
        RuleRefusal.Keep(TempData, reason);
        return RedirectToPage(new { t });
    }

    private PageResult Unknown()
    {
        LinkUnknown = true;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    private async Task<bool> LoadAsync(string? t)
    {
        if (links.Read(t) is not { } id)
        {
            return false;
        }
        var registration = await db.Set<EventRegistration>().AsNoTracking().Include(r => r.Choices).SingleOrDefaultAsync(r => r.Id == id);
        if (registration is null)
        {
            return false;
        }
        Registration = registration;
        Token = t!;
        Event = await db.Set<Event>().AsNoTracking().WithSessions().SingleAsync(e => e.Id == registration.EventId);
        var now = clock.GetUtcNow().UtcDateTime;
        IsOver = now >= Event.EndsAt;
        var held = new RegistrationOnLink(registration, Event);
        CanChange = (await authorization.AuthorizeAsync(User, held, EventPermissions.ChangeSessions)).Succeeded;
        CanCancel = (await authorization.AuthorizeAsync(User, held, EventPermissions.Cancel)).Succeeded;
        CanGiveFeedback = (await authorization.AuthorizeAsync(User, held, EventPermissions.GiveFeedback)).Succeeded;
        Feedback = await db.Set<EventFeedback>().AsNoTracking().SingleOrDefaultAsync(f => f.RegistrationId == id);
        Needs = desk.DecryptNeeds(registration.EncryptedNeeds);
        // The personal link must not end up in shared caches or the browser's back-forward cache of a shared phone.
        Response.Headers.CacheControl = "no-store";
        return true;
    }
}
