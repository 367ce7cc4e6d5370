using System.ComponentModel.DataAnnotations;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Audit;
using Inclusief.Web.Infrastructure.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Agenda.Admin;

/// <summary>
/// The knowledge agenda as the coordinators write it: its programme lines in order, adding one, and publishing the
/// whole as the next version with a note on what changed. Earlier versions stay as they were published.
/// </summary>
[Authorize(Policy = AgendaPermissions.Edit)]
public sealed class IndexModel(AppDbContext db, AgendaDesk desk, UserManager<AppUser> users, AuditLog audit, TimeProvider clock) : PageModel
{
    public sealed class LineInput
    {
        [Required(ErrorMessage = "Geef de programmalijn een titel.")]
        [StringLength(AgendaLine.TitleMaxLength, ErrorMessage = "{0} is hoogstens {1} tekens.")]
        [Display(Name = "Titel")]
        public string? Title { get; set; }

        [StringLength(AgendaLine.TextMaxLength, ErrorMessage = "{0} is hoogstens {1} tekens.")]
        [Display(Name = "Beschrijving")]
        public string? Description { get; set; }

        [Required(ErrorMessage = "Schrijf minstens één vraag van de programmalijn.")]
        [StringLength(AgendaLine.TextMaxLength, ErrorMessage = "{0} is hoogstens {1} tekens.")]
        [Display(Name = "Vragen")]
        public string? Questions { get; set; }

        [StringLength(AgendaLine.TextMaxLength, ErrorMessage = "{0} is hoogstens {1} tekens.")]
        [Display(Name = "Beoogde resultaten")]
        public string? ResultsWanted { get; set; }
    }

    public IReadOnlyList<AgendaLine> Lines { get; private set; } = [];

    public sealed record Published(int Number, DateTime At, string ChangeNote);

    public IReadOnlyList<Published> Versions { get; private set; } = [];

    [BindProperty]
    public LineInput Input { get; set; } = new();

    [BindProperty]
    [StringLength(AgendaVersion.ChangeNoteMaxLength, ErrorMessage = "{0} is hoogstens {1} tekens.")]
    [Display(Name = "Wat veranderde en waarom")]
    public string? ChangeNote { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAddAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        // Lines are told apart by their title, also between published versions: a second click adds no second line.
        var title = Input.Title!.Trim();
        if (await db.Set<AgendaLine>().Where(l => l.Title == title).Select(l => (Guid?)l.Id).FirstOrDefaultAsync() is { } existing)
        {
            TempData["Notice"] = "Er is al een programmalijn met deze titel; je ziet haar hier.";
            return RedirectToPage("/Agenda/Admin/Line", new { id = existing });
        }
        var position = (await db.Set<AgendaLine>().MaxAsync(l => (int?)l.Position) ?? 0) + 1;
        AgendaLine line;
        try
        {
            line = AgendaLine.Add(Input.Title!, Input.Description ?? "", Input.Questions!, Input.ResultsWanted ?? "", position);
        }
        catch (RuleException refusal)
        {
            RuleRefusal.Show(this, "Input", refusal);
            await LoadAsync();
            return Page();
        }
        db.Add(line);
        audit.Record(users.GetUserId(User)!, "agenda-line-added", AgendaLine.SubjectType, line.Id.ToString());
        await db.SaveChangesAsync();
        TempData["Notice"] = "De programmalijn is toegevoegd. Koppel partners en werk, en publiceer de agenda als je klaar bent.";
        return RedirectToPage("/Agenda/Admin/Line", new { id = line.Id });
    }

    public async Task<IActionResult> OnPostPublishAsync()
    {
        // The line form's fields are not posted here (their binder falls back to unprefixed keys): only the note
        // counts, and the version checks its length.
        ModelState.Clear();
        var previous = await db.Set<AgendaVersion>().AsNoTracking().OrderByDescending(v => v.Number).FirstOrDefaultAsync();
        var number = (previous?.Number ?? 0) + 1;
        var userId = users.GetUserId(User)!;
        try
        {
            db.Add(AgendaVersion.Publish(number, await desk.SnapshotAsync(), previous?.Snapshot(), ChangeNote ?? "", userId, clock.GetUtcNow().UtcDateTime));
            audit.Record(userId, "agenda-published", "agenda-version", number.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await db.SaveChangesAsync();
        }
        catch (RuleException refusal)
        {
            RuleRefusal.Show(this, nameof(ChangeNote), refusal);
            await LoadAsync();
            return Page();
        }
        catch (DbUpdateException)
        {
            // Another coordinator published this number a moment ago: their version stands, this one is asked again.
            db.ChangeTracker.Clear();
            RuleRefusal.Show(this, nameof(ChangeNote), new RuleException("Iemand anders publiceerde intussen een versie. Bekijk die en publiceer zo nodig opnieuw."));
            await LoadAsync();
            return Page();
        }
        TempData["Notice"] = KeptText.Of("Versie {0} van de kennisagenda staat openbaar.", number);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid line, int by)
    {
        var lines = await db.Set<AgendaLine>().OrderBy(l => l.Position).ThenBy(l => l.Title).ToListAsync();
        var index = lines.FindIndex(l => l.Id == line);
        if (index < 0)
        {
            return NotFound();
        }
        var target = Math.Clamp(index + Math.Sign(by), 0, lines.Count - 1);
        (lines[index], lines[target]) = (lines[target], lines[index]);
        for (var i = 0; i < lines.Count; i++)
        {
            lines[i].MoveTo(i + 1);
        }
        await db.SaveChangesAsync();
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        Lines = await desk.LinesAsync();
        Versions = await db.Set<AgendaVersion>().AsNoTracking().OrderByDescending(v => v.Number).Select(v => new Published(v.Number, v.PublishedAt, v.ChangeNote)).ToListAsync();
    }
}
