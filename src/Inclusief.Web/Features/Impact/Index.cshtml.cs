using Inclusief.Data;
using Inclusief.Web.Features.Evaluations;
using Inclusief.Web.Features.Monitoring;
using Inclusief.Web.Infrastructure.Caching;
using Inclusief.Web.Infrastructure.Figures;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace Inclusief.Web.Features.Impact;

/// <summary>
/// What the programme achieved, for everyone: one closed calendar year at a time, never the running one (figures
/// that still move let two visits a week apart show who did something that week), and never a number under five.
/// Years are disjoint, so no two pages can be subtracted to reveal a hidden cell.
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPages.Policy, Tags = [PublicPages.Participation, PublicPages.Organisations, PublicPages.Projects, PublicPages.Events, PublicPages.Evaluations])]
public sealed class IndexModel(MonitoringFigures figures, AppDbContext db, IStringLocalizer<SharedResource> texts) : PageModel
{
    public IReadOnlyList<PublishedEvaluations.Entry> Evaluations { get; private set; } = [];

    /// <summary>The closed years, newest first; empty until the programme's first year has ended.</summary>
    public IReadOnlyList<int> Years { get; private set; } = [];

    public int? Year { get; private set; }

    /// <summary>The year asked for was not one that can be shown.</summary>
    public bool AskedForOpenYear { get; private set; }

    public IReadOnlyList<Figure> Figures { get; private set; } = [];

    public FigureText Text { get; } = new(texts, suppressSmall: true);

    public async Task OnGetAsync(int? year)
    {
        (Years, Year, AskedForOpenYear) = await figures.ChooseClosedYearAsync(year);
        if (Year is { } shown)
        {
            Figures = await figures.PublicAsync(FigurePeriod.Year(shown));
        }
        Evaluations = await db.PublishedEvaluationsAsync();
    }
}
