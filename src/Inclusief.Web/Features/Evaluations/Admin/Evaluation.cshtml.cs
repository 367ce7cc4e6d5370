using System.ComponentModel.DataAnnotations;
using Inclusief.Data;
using Inclusief.Web.Features.Projects;
using Inclusief.Web.Infrastructure.Audit;
using Inclusief.Web.Infrastructure.Localization;
using Inclusief.Web.Infrastructure.Pages;
using Inclusief.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Evaluations.Admin;

/// <summary>
/// Writing an evaluation point: the narrative sections and the participants' words it quotes, inviting partners to add
/// their view, freezing the figures again while it is open, recording the decision, and publishing the document.
/// Every form carries the version it showed: a change on a page another coordinator's change made stale is refused,
/// and the text typed stays in the form.
/// </summary>
[Authorize(Policy = EvaluationPermissions.Coordinate)]
public sealed class EvaluationModel(AppDbContext db, EvaluationFreezer freezer, EvaluationMail mail, UserManager<AppUser> users, AuditLog audit,
    TimeProvider clock, PublicAddress site) : PageModel
{
    public ProgrammeEvaluationPoint Evaluation { get; private set; } = null!;

    public IReadOnlyList<EvaluationSource> Sources { get; private set; } = [];

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    [StringLength(ProgrammeEvaluationPoint.SectionMaxLength, ErrorMessage = "{0} is hoogstens {1} tekens.")]
    [Display(Name = "Wat werkte")]
    public string? WhatWorked { get; set; }

    [BindProperty]
    [StringLength(ProgrammeEvaluationPoint.SectionMaxLength, ErrorMessage = "{0} is hoogstens {1} tekens.")]
    [Display(Name = "Wat niet werkte")]
    public string? WhatDidNotWork { get; set; }

    [BindProperty]
    [StringLength(ProgrammeEvaluationPoint.SectionMaxLength, ErrorMessage = "{0} is hoogstens {1} tekens.")]
    [Display(Name = "Wat deelnemers zeiden")]
    public string? WhatParticipantsSaid { get; set; }

    /// <summary>The keys of the sources the document quotes.</summary>
    [BindProperty]
    public List<string> Included { get; set; } = [];

    [BindProperty]
    [Display(Name = "Besluit")]
    public EvaluationDecision? Decision { get; set; }

    [BindProperty]
    [StringLength(ProgrammeEvaluationPoint.SectionMaxLength, ErrorMessage = "{0} is hoogstens {1} tekens.")]
    [Display(Name = "Waarom")]
    public string? Reasons { get; set; }

    [BindProperty]
    [StringLength(ProgrammeEvaluationPoint.SectionMaxLength, ErrorMessage = "{0} is hoogstens {1} tekens.")]
    [Display(Name = "Afgesproken veranderingen")]
    public string? Changes { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        (WhatWorked, WhatDidNotWork, WhatParticipantsSaid) = (Evaluation.WhatWorked, Evaluation.WhatDidNotWork, Evaluation.WhatParticipantsSaid);
        Included = [.. Sources.Where(s => s.Included).Select(s => s.Key)];
        (Decision, Reasons, Changes) = (Evaluation.Decision, Evaluation.DecisionReasons, Evaluation.AgreedChanges);
        Version = Evaluation.Version;
        return Page();
    }

    public Task<IActionResult> OnPostWriteAsync(Guid id) => ChangeAsync(id, "evaluation-written", nameof(WhatWorked), e =>
    {
        e.Write(WhatWorked ?? "", WhatDidNotWork ?? "", WhatParticipantsSaid ?? "", Included);
        return Task.FromResult<string>("De tekst van het weegmoment is opgeslagen.");
    });

    public Task<IActionResult> OnPostRefreezeAsync(Guid id) => ChangeAsync(id, "evaluation-refrozen", "", async e =>
    {
        e.Refreeze(await freezer.FreezeAsync(e.From, e.To), clock.GetUtcNow().UtcDateTime);
        return "De cijfers zijn opnieuw vastgelegd, zoals ze vandaag zijn.";
    });

    public Task<IActionResult> OnPostInviteAsync(Guid id) => ChangeAsync(id, "evaluation-partners-invited", "", async e =>
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (!e.InvitePartners(now))
        {
            return "De partners waren al uitgenodigd.";
        }
        var count = await mail.InvitePartnersAsync(e, ProgrammeTime.DayOf(now), site.Page(Url, "/Evaluations/Document", null, new { id = e.Id }));
        return KeptText.Of("Partners kunnen het weegmoment nu lezen en hun visie geven. Uitnodigingen verstuurd: {0}.", count);
    });

    public Task<IActionResult> OnPostDecideAsync(Guid id) => ChangeAsync(id, "evaluation-decided", nameof(Decision), e =>
    {
        RuleException.Unless(Decision is not null, "Kies een besluit uit de lijst.");
        e.Decide(Decision!.Value, Reasons ?? "", Changes, users.GetUserId(User)!, clock.GetUtcNow().UtcDateTime);
        return Task.FromResult("Het besluit is vastgelegd. Het document verandert niet meer.");
    });

    public Task<IActionResult> OnPostPublishAsync(Guid id) => ChangeAsync(id, "evaluation-published", "", e =>
    {
        e.Publish(clock.GetUtcNow().UtcDateTime);
        return Task.FromResult("Het weegmoment staat nu openbaar, met de cijfers per afgesloten jaar en zonder aantallen onder de 5.");
    });

    /// <summary>One change on the page it was made on; refused (with the typed text kept) when that page was stale.</summary>
    private async Task<IActionResult> ChangeAsync(Guid id, string action, string errorKey, Func<ProgrammeEvaluationPoint, Task<string>> change)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return ShownAgain(errorKey);
        }
        string notice;
        try
        {
            // Once decided, every change is refused for that reason, whichever version the page showed.
            if (Version != Evaluation.Version && !Evaluation.IsDecided)
            {
                throw ProgrammeEvaluationPoint.ChangedMeanwhile();
            }
            notice = await change(Evaluation);
            audit.Record(users.GetUserId(User)!, action, ProgrammeEvaluationPoint.SubjectType, id.ToString());
            await db.SaveChangesAsync();
        }
        catch (RuleException refusal)
        {
            return await RefusedAsync(id, errorKey, refusal);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await RefusedAsync(id, errorKey, ProgrammeEvaluationPoint.ChangedMeanwhile());
        }
        TempData["Notice"] = notice;
        return RedirectToPage(new { id });
    }

    /// <summary>
    /// The page again as it is now, with why the step was refused: the refused form keeps what was typed, the other
    /// forms show what is saved (a refused decision must not show the narrative empty, to be saved empty). A stale
    /// form takes the new version.
    /// </summary>
    private async Task<IActionResult> RefusedAsync(Guid id, string errorKey, RuleException refusal)
    {
        db.ChangeTracker.Clear();
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        RuleRefusal.Show(this, errorKey, refusal);
        Version = Evaluation.Version;
        return ShownAgain(errorKey);
    }

    /// <summary>The form named by <paramref name="posted"/> keeps what was typed; the other forms show what is saved.</summary>
    private PageResult ShownAgain(string posted)
    {
        if (posted != nameof(WhatWorked))
        {
            (WhatWorked, WhatDidNotWork, WhatParticipantsSaid) = (Evaluation.WhatWorked, Evaluation.WhatDidNotWork, Evaluation.WhatParticipantsSaid);
            Included = [.. Sources.Where(s => s.Included).Select(s => s.Key)];
        }
        if (posted != nameof(Decision))
        {
            (Decision, Reasons, Changes) = (Evaluation.Decision, Evaluation.DecisionReasons, Evaluation.AgreedChanges);
        }
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        if (await db.Set<ProgrammeEvaluationPoint>().Include(e => e.PartnerViews).SingleOrDefaultAsync(e => e.Id == id) is not { } evaluation)
        {
            return false;
        }
        Evaluation = evaluation;
        Sources = evaluation.SourceList();
        return true;
    }
}
