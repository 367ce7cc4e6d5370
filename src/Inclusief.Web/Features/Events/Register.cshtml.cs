using Inclusief.Web.Infrastructure.Pages;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Localization;
using Inclusief.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Events;

/// <summary>Registering for an event: a name or pseudonym and an address are enough; no account needed.</summary>
[AllowAnonymous]
[EnableRateLimiting(SubmissionRateLimit.Policy)]
public sealed class RegisterModel(AppDbContext db, RegistrationDesk desk, UserManager<AppUser> users, TimeProvider clock, PublicAddress site) : PageModel
{
    public Event Event { get; private set; } = null!;

    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    public string? Invite { get; private set; }

    public FreePlaces Free { get; private set; } = new(0, 0, null);

    public IReadOnlyDictionary<Guid, int> SessionTaken { get; private set; } = new Dictionary<Guid, int>();

    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? invite)
    {
        if (await LoadAsync(id, invite) is { } stop)
        {
            return stop;
        }
        if (await users.GetUserAsync(User) is { } user)
        {
            Input.Name = user.DisplayName;
            Input.Email = user.Email ?? "";
        }
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string? invite)
    {
        if (await LoadAsync(id, invite) is { } stop)
        {
            return stop;
        }
        if (!Input.Consent)
        {
            ModelState.AddModelError("Input.Consent", "Zonder deze toestemming kunnen we je aanmelding niet verwerken.");
        }
        if (Input.Role is { } role && !Enum.IsDefined(role))
        {
            ModelState.AddModelError("Input.Role", "Kies een rol uit de lijst, of laat dit leeg.");
        }
        if (!ModelState.IsValid || Refusal is not null)
        {
            return await ShowAsync();
        }
        // A registration belongs to an account only when it was made with that account's own confirmed address.
        var owner = await users.GetUserAsync(User) is { EmailConfirmed: true, Email: { } own } me
            && EventRegistration.NormaliseEmail(own) == EventRegistration.NormaliseEmail(Input.Email) ? me.Id : null;
        RegistrationDesk.Outcome outcome;
        try
        {
            outcome = await desk.RegisterAsync(id, new RegistrationDesk.Application(Input.Name, Input.Email, Input.Organisation, Input.Role, Input.DietaryNeeds, Input.AccessibilityNeeds,
                Input.Sessions.OfType<Guid>().ToList(), Cultures.Current, owner, invite), site.Root);
        }
        catch (RuleException ex)
        {
            RuleRefusal.Show(this, string.Empty, ex);
            return await ShowAsync();
        }
        // One answer whether or not the address was registered already: the page must not tell a stranger who
        // typed someone's address that this person attends. The personal link arrives in the owner's mailbox.
        TempData["Notice"] = outcome switch
        {
            { Status: not RegistrationStatus.Registered } =>
                "De bijeenkomst is vol: je staat op de wachtlijst. Komt er een plaats vrij, dan krijg je die automatisch. Je persoonlijke link staat in de mail die we je sturen.",
            { WaitingFor.Count: > 0 } => KeptText.Of("Je bent aangemeld, maar je staat op de wachtlijst voor {0}: die deelsessie is vol. Komt er een plaats vrij, dan krijg je die automatisch. In de mail die we je sturen staat je persoonlijke link om een andere deelsessie te kiezen.",
                string.Join(", ", outcome.WaitingFor)),
            _ => "Je bent aangemeld! In de mail die we je sturen staat je persoonlijke link om deelsessies te kiezen of je af te melden.",
        };
        return RedirectToPage("Details", new { id, invite });
    }

    private async Task<IActionResult?> LoadAsync(Guid id, string? invite)
    {
        var ev = await db.Set<Event>().AsNoTracking().WithSessions().SingleOrDefaultAsync(e => e.Id == id);
        if (ev is null || !EventVisibility.IsVisible(ev, invite, isOrganiser: false))
        {
            return NotFound();
        }
        if (ev.Audience == EventAudience.Members && User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }
        Event = ev;
        Invite = invite;
        try
        {
            ev.EnsureOpenForRegistration(clock.GetUtcNow().UtcDateTime);
        }
        catch (RuleException ex)
        {
            Refusal = ex.Message;
        }
        return null;
    }

    /// <summary>The form with the places left; a post that registers skips these counts (the desk counts under the event's lock).</summary>
    private async Task<IActionResult> ShowAsync()
    {
        var taken = (await db.Set<EventRegistration>().TakenAsync([Event.Id]))[Event.Id];
        Free = FreePlaces.Of(Event, taken);
        var sessionIds = Event.Rounds.SelectMany(r => r.Sessions).Select(s => s.Id).ToList();
        SessionTaken = await db.Set<SessionChoice>().TakenPerSessionAsync(sessionIds);
        return Page();
    }
}
