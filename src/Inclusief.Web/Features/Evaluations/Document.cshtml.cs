using Inclusief.Data;
using Inclusief.Web.Infrastructure.Figures;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inclusief.Web.Features.Evaluations;

/// <summary>
/// An evaluation point as a document, to read on screen or print on A4. Coordinators read every frozen figure of the
/// period and every source it quotes; partners' contacts (once invited) and everyone (once published) read the public
/// figures per closed year and only public events' write-ups. Anyone else is told it does not exist.
/// </summary>
[AllowAnonymous]
public sealed class DocumentModel(AppDbContext db, EvaluationFreezer freezer, IAuthorizationService authorization, IStringLocalizer<SharedResource> texts) : PageModel
{
    public ProgrammeEvaluationPoint Evaluation { get; private set; } = null!;

    public bool FullDetail { get; private set; }

    public bool MayGiveView { get; private set; }

    /// <summary>Every figure of the period, for coordinators; empty for anyone else.</summary>
    public IReadOnlyList<Figure> Figures { get; private set; } = [];

    /// <summary>For anyone but coordinators: the public figures per closed calendar year in the period, as on the impact page.</summary>
    public IReadOnlyList<(int Year, IReadOnlyList<Figure> Figures)> YearFigures { get; private set; } = [];

    public IReadOnlyList<EvaluationSource> Quoted { get; private set; } = [];

    public FigureText Text { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var evaluation = await db.Set<ProgrammeEvaluationPoint>().AsNoTracking().Include(e => e.PartnerViews).SingleOrDefaultAsync(e => e.Id == id);
        if (evaluation is null || !(await authorization.AuthorizeAsync(User, evaluation, EvaluationPermissions.Read)).Succeeded)
        {
            return NotFound();
        }
        Evaluation = evaluation;
        FullDetail = (await authorization.AuthorizeAsync(User, EvaluationPermissions.Coordinate)).Succeeded;
        MayGiveView = !FullDetail && (await authorization.AuthorizeAsync(User, evaluation, EvaluationPermissions.GiveView)).Succeeded;
        Text = new FigureText(texts, suppressSmall: !FullDetail);
        if (FullDetail)
        {
            Figures = FrozenFigures.Read(evaluation.Figures);
            Quoted = [.. evaluation.SourceList().Where(s => s.Included)];
        }
        else
        {
            YearFigures = await freezer.PublicYearsAsync(evaluation);
            Quoted = await freezer.PublicSourcesAsync(evaluation);
        }
        return Page();
    }
}
