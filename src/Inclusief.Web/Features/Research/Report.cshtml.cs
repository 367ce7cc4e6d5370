using Inclusief.Data;
using Inclusief.Web.Infrastructure.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inclusief.Web.Features.Research;

/// <summary>The PAR report as a printable page (PDF through the browser's print), and the anonymised inventory as CSV.</summary>
[Authorize(Policy = ResearchPermissions.Facilitate)]
public sealed class ReportModel(AppDbContext db) : PageModel
{
    public TrajectoryWork Work { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await TrajectoryWork.LoadAsync(db, id) is not { } work)
        {
            return NotFound();
        }
        Work = work;
        return Page();
    }

    /// <summary>Without names or pseudonyms: the group, the answers and the themes.</summary>
    public async Task<IActionResult> OnGetCsvAsync(Guid id)
    {
        if (await TrajectoryWork.LoadAsync(db, id) is not { } work)
        {
            return NotFound();
        }
        return CsvFile.Download("inventarisatie.csv", ["groep", "huidige_situatie", "gewenste_situatie", "behoeften", "oplossingsrichtingen", "motivatie", "assets", "themas"],
            work.Contributions.Select(c => new CsvCell[] { c.Group.ToString(), c.CurrentSituation, c.DesiredSituation, c.Needs, c.SolutionDirections, c.Motivation, c.Assets, string.Join('|', c.ThemeList) }));
    }
}
