using System.ComponentModel.DataAnnotations;
using Inclusief.Data;
using Inclusief.Web.Features.Organisations;
using Inclusief.Web.Infrastructure.Audit;
using Inclusief.Web.Infrastructure.Localization;
using Inclusief.Web.Infrastructure.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Agenda.Admin;

/// <summary>
/// One programme line: its text, the partners committed to it with their contribution (taken from the declaration of
/// intent when none is written), and the work that answers it with its O. Changes show in the next published version.
/// </summary>
[Authorize(Policy = AgendaPermissions.Edit)]
public sealed class LineModel(AppDbContext db, AgendaDesk desk, UserManager<AppUser> users, AuditLog audit, TimeProvider clock) : PageModel
{
    public AgendaLine Line { get; private set; } = null!;

    public sealed record Partner(Guid Id, string Name, string? Declared);

    /// <summary>The organisations that are partners today, with what their declaration of intent commits.</summary>
    public IReadOnlyList<Partner> Partners { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> OrganisationNames { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyList<AgendaDesk.Choice> Choices { get; private set; } = [];

    /// <summary>The other lines' titles: lines are told apart by title, also between published versions.</summary>
    private HashSet<string> OtherTitles { get; set; } = [];

    [BindProperty]
    public IndexModel.LineInput Input { get; set; } = new();

    [BindProperty]
    [Display(Name = "Partner")]
    public Guid? Organisation { get; set; }

    [BindProperty]
    [StringLength(AgendaLine.ContributionMaxLength, ErrorMessage = "{0} is hoogstens {1} tekens.")]
    [Display(Name = "Inbreng")]
    public string? Contribution { get; set; }

    /// <summary>The work chosen, as "Kind:id".</summary>
    [BindProperty]
    [Display(Name = "Werk")]
    public string? Work { get; set; }

    [BindProperty]
    [Display(Name = "Welke O")]
    public FourO? O { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Input = new IndexModel.LineInput { Title = Line.Title, Description = Line.Description, Questions = Line.Questions, ResultsWanted = Line.ResultsWanted };
        return Page();
    }

    public Task<IActionResult> OnPostRewriteAsync(Guid id) => ChangeAsync(id, "Input", "agenda-line-rewritten", line =>
    {
        RuleException.Unless(!OtherTitles.Contains(Input.Title!.Trim()), "Er is al een programmalijn met deze titel.");
        line.Rewrite(Input.Title!, Input.Description ?? "", Input.Questions!, Input.ResultsWanted ?? "");
        return "De programmalijn is bijgewerkt.";
    }, nameof(Input));

    public Task<IActionResult> OnPostCommitAsync(Guid id) => ChangeAsync(id, nameof(Organisation), "agenda-partner-committed", line =>
    {
        var partner = Partners.FirstOrDefault(p => p.Id == Organisation);
        RuleException.Unless(partner is not null, "Kies een partner uit de lijst.");
        line.Commit(partner!.Id, string.IsNullOrWhiteSpace(Contribution) ? partner.Declared ?? "" : Contribution);
        return "De partner en zijn inbreng staan bij de programmalijn.";
    }, nameof(Organisation), nameof(Contribution));

    public Task<IActionResult> OnPostWithdrawAsync(Guid id, Guid commitment) => ChangeAsync(id, nameof(Organisation), "agenda-partner-withdrawn", line =>
    {
        line.Withdraw(commitment);
        return "De partner staat niet meer bij de programmalijn.";
    });

    public Task<IActionResult> OnPostLinkAsync(Guid id) => ChangeAsync(id, nameof(Work), "agenda-work-linked", line =>
    {
        var choice = Choices.FirstOrDefault(c => $"{c.Kind}:{c.TargetId}" == Work);
        RuleException.Unless(choice is not null && O is not null, "Kies het werk en zijn O uit de lijst.");
        line.Link(choice!.Kind, choice.TargetId, O!.Value);
        return "Het werk staat bij de programmalijn.";
    }, nameof(Work), nameof(O));

    public Task<IActionResult> OnPostUnlinkAsync(Guid id, Guid work) => ChangeAsync(id, nameof(Work), "agenda-work-unlinked", line =>
    {
        line.Unlink(work);
        return "Het werk staat niet meer bij de programmalijn.";
    });

    public async Task<IActionResult> OnPostRemoveAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        db.Remove(Line);
        audit.Record(users.GetUserId(User)!, "agenda-line-removed", AgendaLine.SubjectType, id.ToString());
        await db.SaveChangesAsync();
        TempData["Notice"] = "De programmalijn is verwijderd. Gepubliceerde versies houden haar.";
        return RedirectToPage("/Agenda/Admin/Index");
    }

    /// <summary>One change to the line; a refusal shows the page again with what was typed. Only the form's own fields are checked.</summary>
    private async Task<IActionResult> ChangeAsync(Guid id, string errorKey, string action, Func<AgendaLine, string> change, params string[] fields)
    {
        foreach (var key in ModelState.Keys.Where(k => !fields.Any(f => k == f || k.StartsWith(f + ".", StringComparison.Ordinal))).ToList())
        {
            ModelState.Remove(key);
        }
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (fields.Contains(nameof(Input)) && !ModelState.Keys.Any(k => k.StartsWith(nameof(Input) + ".", StringComparison.Ordinal)))
        {
            // None of the text form's fields came: the binder fell back to unprefixed names (ModelStateScope).
            ModelState.AddModelError("Input.Title", "Geef de programmalijn een titel.");
        }
        if (!ModelState.IsValid)
        {
            return PageKeeping(fields);
        }
        string notice;
        try
        {
            notice = change(Line);
        }
        catch (RuleException refusal)
        {
            RuleRefusal.Show(this, errorKey, refusal);
            return PageKeeping(fields);
        }
        audit.Record(users.GetUserId(User)!, action, AgendaLine.SubjectType, id.ToString());
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            RuleRefusal.Keep(TempData, new RuleException("De programmalijn is intussen gewijzigd. Bekijk de nieuwe stand en probeer het zo nodig opnieuw."));
            return RedirectToPage(new { id });
        }
        TempData["Notice"] = notice;
        return RedirectToPage(new { id });
    }

    /// <summary>The page again after a refusal: the refused form keeps what was typed, the line's text form shows the line.</summary>
    private PageResult PageKeeping(string[] posted)
    {
        if (!posted.Contains(nameof(Input)))
        {
            Input = new IndexModel.LineInput { Title = Line.Title, Description = Line.Description, Questions = Line.Questions, ResultsWanted = Line.ResultsWanted };
            foreach (var key in ModelState.Keys.Where(k => k.StartsWith(nameof(Input), StringComparison.Ordinal)).ToList())
            {
                ModelState.Remove(key);
            }
        }
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        if (await db.Set<AgendaLine>().Include(l => l.Commitments).Include(l => l.Work).AsSplitQuery().SingleOrDefaultAsync(l => l.Id == id) is not { } line)
        {
            return false;
        }
        Line = line;
        var today = ProgrammeTime.DayOf(clock.GetUtcNow().UtcDateTime);
        Partners = await db.PartnersOn(today).OrderBy(o => o.Name).Select(o => new Partner(o.Id, o.Name, o.Partnership!.Commitment)).ToListAsync();
        var committed = line.Commitments.Select(c => c.OrganisationId).ToList();
        OrganisationNames = await db.Set<Organisation>().AsNoTracking().Where(o => committed.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name);
        Choices = await desk.ChoicesAsync();
        OtherTitles = [.. await db.Set<AgendaLine>().Where(l => l.Id != id).Select(l => l.Title).ToListAsync()];
        return true;
    }
}
