using System.Text;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inclusief.Web.Features.Research;

/// <summary>The PAR report as a printable page (PDF through the browser's print), and the anonymised inventory as CSV.</summary>
[Authorize(Policy = ResearchFeature.Facilitate)]
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
        var csv = new StringBuilder("groep,huidige_situatie,gewenste_situatie,behoeften,oplossingsrichtingen,motivatie,assets,themas\r\n");
        foreach (var c in work.Contributions)
        {
            csv.AppendJoin(',', new[] { c.Group.ToString(), c.CurrentSituation, c.DesiredSituation, c.Needs, c.SolutionDirections, c.Motivation, c.Assets, string.Join('|', c.ThemeList) }
                .Select(v => Csv.Cell(v ?? ""))).Append("\r\n");
        }
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv", "inventarisatie.csv");
    }
}
