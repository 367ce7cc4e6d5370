using System.ComponentModel.DataAnnotations;
using Inclusief.Data;
using Inclusief.Web.Features.Projects;
using Inclusief.Web.Infrastructure.Audit;
using Inclusief.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Evaluations.Admin;

/// <summary>
/// Every evaluation point, newest first, and opening a new one over a period: its figures are frozen at once. A
/// programme has one every two years or so, so the list is never long enough to page.
/// </summary>
[Authorize(Policy = EvaluationPermissions.Coordinate)]
public sealed class IndexModel(AppDbContext db, EvaluationFreezer freezer, UserManager<AppUser> users, AuditLog audit, TimeProvider clock) : PageModel
{
    public sealed record Row(Guid Id, string Title, DateOnly From, DateOnly To, EvaluationDecision? Decision, bool PartnersInvited, bool Published, int Views);

    public sealed class OpenInput
    {
        [Required(ErrorMessage = "Geef het weegmoment een titel.")]
        [StringLength(ProgrammeEvaluationPoint.TitleMaxLength, ErrorMessage = "{0} is hoogstens {1} tekens.")]
        [Display(Name = "Titel")]
        public string? Title { get; set; }

        [Required(ErrorMessage = "Kies de eerste dag van de periode.")]
        [Display(Name = "Van")]
        public DateOnly? From { get; set; }

        [Required(ErrorMessage = "Kies de laatste dag van de periode.")]
        [Display(Name = "Tot en met")]
        public DateOnly? To { get; set; }
    }

    [BindProperty]
    public OpenInput Input { get; set; } = new();

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var today = ProgrammeTime.DayOf(clock.GetUtcNow().UtcDateTime);
        Input = new OpenInput { From = new DateOnly(today.Year - 2, today.Month, 1), To = today };
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var (from, to) = (Input.From!.Value, Input.To!.Value);
        // A second click on "open" (or a second coordinator) finds the evaluation the first one opened.
        if (await db.Set<ProgrammeEvaluationPoint>().Where(e => e.From == from && e.To == to && e.Decision == null).Select(e => (Guid?)e.Id).FirstOrDefaultAsync() is { } open)
        {
            TempData["Notice"] = "Over deze periode is al een weegmoment open; je ziet het hier.";
            return RedirectToPage("/Evaluations/Admin/Evaluation", new { id = open });
        }
        ProgrammeEvaluationPoint evaluation;
        try
        {
            ProgrammeEvaluationPoint.MayOpen(Input.Title!, from, to, ProgrammeTime.DayOf(now));
            evaluation = ProgrammeEvaluationPoint.Open(Input.Title!, from, to, ProgrammeTime.DayOf(now), await freezer.FreezeAsync(from, to), users.GetUserId(User)!, now);
        }
        catch (RuleException refusal)
        {
            Infrastructure.Pages.RuleRefusal.Show(this, "Input", refusal);
            await LoadAsync();
            return Page();
        }
        db.Add(evaluation);
        audit.Record(evaluation.OpenedById, "evaluation-opened", ProgrammeEvaluationPoint.SubjectType, evaluation.Id.ToString());
        await db.SaveChangesAsync();
        TempData["Notice"] = "Het weegmoment is geopend; de cijfers van de periode zijn vastgelegd.";
        return RedirectToPage("/Evaluations/Admin/Evaluation", new { id = evaluation.Id });
    }

    private async Task LoadAsync() =>
        Rows = await db.Set<ProgrammeEvaluationPoint>().AsNoTracking().OrderByDescending(e => e.OpenedAt)
            .Select(e => new Row(e.Id, e.Title, e.From, e.To, e.Decision, e.PartnersInvitedAt != null, e.PublishedAt != null, e.PartnerViews.Count))
            .ToListAsync();
}
