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

namespace Inclusief.Web.Features.Evaluations;

/// <summary>
/// A partner's contact writes their organisation's view on an evaluation point, until the decision. One view per
/// organisation: another contact of the same organisation sees it and rewrites it.
/// </summary>
[Authorize]
public sealed class GiveViewModel(AppDbContext db, IAuthorizationService authorization, UserManager<AppUser> users, AuditLog audit, TimeProvider clock) : PageModel
{
    public ProgrammeEvaluationPoint Evaluation { get; private set; } = null!;

    public Organisation Organisation { get; private set; } = null!;

    [BindProperty]
    [Required(ErrorMessage = "Schrijf je visie.")]
    [StringLength(ProgrammeEvaluationPoint.SectionMaxLength, ErrorMessage = "{0} is hoogstens {1} tekens.")]
    [Display(Name = "De visie van je organisatie")]
    public string? Text { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        Text = Evaluation.PartnerViews.FirstOrDefault(v => v.OrganisationId == Organisation.Id)?.Text;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id, posting: true) is { } refused)
        {
            return refused;
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var userId = users.GetUserId(User)!;
        try
        {
            Evaluation.GiveView(Organisation.Id, Organisation.Name, Text!, userId, clock.GetUtcNow().UtcDateTime);
        }
        catch (RuleException refusal)
        {
            RuleRefusal.Show(this, nameof(Text), refusal);
            return Page();
        }
        audit.Record(userId, "evaluation-view-given", ProgrammeEvaluationPoint.SubjectType, id.ToString());
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Two contacts of one organisation wrote their first view at once: the other one's is kept, this text stays in the form.
            RuleRefusal.Show(this, nameof(Text), new RuleException("Iemand anders van je organisatie gaf intussen een visie. Lees die op het weegmoment en pas hem zo nodig aan."));
            return Page();
        }
        TempData["Notice"] = "De visie van je organisatie staat in het weegmoment.";
        return RedirectToPage("/Evaluations/Document", new { id });
    }

    /// <summary>
    /// The evaluation and the organisation the view is written for. A view no longer accepted (decided meanwhile) is
    /// refused on the form, with the typed text still in it to copy; a visit is sent to the document with the reason.
    /// </summary>
    private async Task<IActionResult?> LoadAsync(Guid id, bool posting = false)
    {
        var evaluation = await db.Set<ProgrammeEvaluationPoint>().Include(e => e.PartnerViews).SingleOrDefaultAsync(e => e.Id == id);
        if (evaluation is null || !(await authorization.AuthorizeAsync(User, evaluation, EvaluationPermissions.Read)).Succeeded)
        {
            return NotFound();
        }
        Evaluation = evaluation;
        var organisation = await db.PartnerOrganisationOfAsync(users.GetUserId(User)!, ProgrammeTime.DayOf(clock.GetUtcNow().UtcDateTime));
        var mayGive = (await authorization.AuthorizeAsync(User, evaluation, EvaluationPermissions.GiveView)).Succeeded;
        var refusal = new RuleException("Een visie geven kan alleen namens een partnerorganisatie, zolang er over het weegmoment nog niet is besloten.");
        if (organisation is not null)
        {
            Organisation = organisation;
        }
        if (mayGive && organisation is not null)
        {
            return null;
        }
        if (posting && organisation is not null)
        {
            RuleRefusal.Show(this, nameof(Text), refusal);
            return Page();
        }
        RuleRefusal.Keep(TempData, refusal);
        return RedirectToPage("/Evaluations/Document", new { id });
    }
}
