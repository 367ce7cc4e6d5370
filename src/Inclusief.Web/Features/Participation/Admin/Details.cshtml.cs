using Inclusief.Web.Infrastructure.Security;
using System.ComponentModel.DataAnnotations;
using Inclusief.Data;
using Inclusief.Web.Features.Organisations;
using Inclusief.Web.Infrastructure.Audit;
using Inclusief.Web.Infrastructure.Consents;
using Inclusief.Web.Infrastructure.Crypto;
using Inclusief.Web.Infrastructure.Localization;
using Inclusief.Web.Infrastructure.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Participation.Admin;

/// <summary>One sign-up as a coordinator sees it: plan the intake, decide, keep private notes.</summary>
[Authorize(Policy = ParticipationPermissions.Coordinate)]
public sealed class DetailsModel(AppDbContext db, ParticipationMail mail, AuditLog audit, Consents consents, FieldCipher cipher, UserManager<AppUser> users, TimeProvider clock, PublicAddress site) : PageModel
{
    public sealed record NoteView(string Author, DateTime At, string Text);

    public Participant Participant { get; private set; } = null!;

    public string? OrganisationName { get; private set; }

    public IReadOnlyList<ConsentRecord> ConsentHistory { get; private set; } = [];

    public IReadOnlyList<NoteView> Notes { get; private set; } = [];

    [BindProperty]
    public IntakeInput Intake { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    [StringLength(Participant.TextMaxLength)]
    [Display(Name = "Reden")]
    public string? Reason { get; set; }

    [BindProperty]
    [StringLength(4000)]
    [Display(Name = "Notitie")]
    public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        audit.Record(Actor, "participant-viewed", Participant.SubjectType, id.ToString());
        await db.SaveChangesAsync();
        return Page();
    }

    public Task<IActionResult> OnPostPlanIntakeAsync(Guid id) => DecideAsync(id, "intake-planned", validate: nameof(Intake), now =>
    {
        var startsAt = ProgrammeTime.ToUtc(Intake.Date!.Value, Intake.Time!.Value);
        var intake = Participant.PlanIntake(startsAt, Intake.DurationMinutes, Intake.Location, Intake.OnlineLink, now);
        mail.IntakePlanned(Participant, intake, MineUrl);
        return "Het kennismakingsgesprek is gepland en de uitnodiging is verstuurd.";
    });

    public Task<IActionResult> OnPostActivateAsync(Guid id) => DecideAsync(id, "participant-activated", validate: null, now =>
    {
        Participant.Activate(now);
        mail.Activated(Participant, MineUrl);
        return "De deelnemer is actief.";
    });

    public Task<IActionResult> OnPostDeclineAsync(Guid id) => DecideAsync(id, "participant-declined", validate: nameof(Reason), now =>
    {
        Participant.Decline(Reason ?? "", now);
        mail.Declined(Participant);
        return "De aanmelding is afgewezen en de reden is gemaild.";
    });

    public Task<IActionResult> OnPostEndAsync(Guid id) => DecideAsync(id, "participant-ended", validate: null, now =>
    {
        Participant.End(now);
        return "De deelname is beëindigd.";
    });

    public async Task<IActionResult> OnPostNoteAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (string.IsNullOrWhiteSpace(Note))
        {
            ModelState.AddModelError(nameof(Note), "Schrijf eerst een notitie.");
        }
        if (!ModelState.IsValidFor(nameof(Note)))
        {
            return Page();
        }
        db.Set<CoordinatorNote>().Add(CoordinatorNote.Create(id, Actor, cipher.Encrypt(Note!.Trim(), CoordinatorNote.CipherPurpose), clock.GetUtcNow().UtcDateTime));
        audit.Record(Actor, "note-added", Participant.SubjectType, id.ToString());
        await db.SaveChangesAsync();
        return RedirectToPage(new { id });
    }

    /// <summary>
    /// Applies one decision. The version posted with the form must still be current: if another coordinator
    /// decided meanwhile, nothing is changed and the page says so.
    /// </summary>
    private async Task<IActionResult> DecideAsync(Guid id, string action, string? validate, Func<DateTime, string> decide)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (validate is not null && !ModelState.IsValidFor(validate))
        {
            return Page();
        }
        if (Version != Participant.Version)
        {
            return ChangedMeanwhile();
        }
        try
        {
            TempData["Notice"] = decide(clock.GetUtcNow().UtcDateTime);
            audit.Record(Actor, action, Participant.SubjectType, id.ToString());
            await db.SaveChangesAsync();
        }
        catch (RuleException ex)
        {
            RuleRefusal.Show(this, string.Empty, ex);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            return ChangedMeanwhile();
        }
        return RedirectToPage(new { id });
    }

    private RedirectToPageResult ChangedMeanwhile()
    {
        TempData["Notice"] = "Iemand anders heeft deze aanmelding intussen gewijzigd. Bekijk de nieuwe stand en probeer het zo nodig opnieuw.";
        return RedirectToPage(new { id = Participant.Id });
    }

    private string Actor => users.GetUserId(User)!;

    private string MineUrl => site.Page(Url, "/Participation/Return", null, null);

    private async Task<bool> LoadAsync(Guid id)
    {
        var participant = await db.Set<Participant>().Include(p => p.Intakes).Include(p => p.Themes).SingleOrDefaultAsync(p => p.Id == id);
        if (participant is null)
        {
            return false;
        }
        Participant = participant;
        if (Request.Method == HttpMethods.Get)
        {
            Version = participant.Version;
        }
        OrganisationName = await db.Set<Organisation>().Where(o => o.Id == participant.OrganisationId).Select(o => o.Name).FirstOrDefaultAsync();
        ConsentHistory = await consents.HistoryAsync(Participant.SubjectType, id.ToString());
        var notes = await db.Set<CoordinatorNote>().AsNoTracking().Where(n => n.ParticipantId == id).OrderBy(n => n.CreatedAt).ToListAsync();
        var authorIds = notes.Select(n => n.AuthorId).Distinct().ToList();
        var authors = await db.Users.Where(u => authorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        Notes = notes.Select(n => new NoteView(authors.GetValueOrDefault(n.AuthorId, "–"), n.CreatedAt,
            cipher.TryDecrypt(n.EncryptedText, CoordinatorNote.CipherPurpose, out var text) ? text : "…")).ToList();
        return true;
    }
}
