using Inclusief.Data;
using Inclusief.Web.Features.Events;
using Inclusief.Web.Infrastructure.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inclusief.Web.Features.Research;

/// <summary>The PAR report as a printable page (PDF through the browser's print), and the anonymised inventory as CSV.</summary>
[Authorize(Policy = ResearchPermissions.Facilitate)]
public sealed class ReportModel(AppDbContext db, IStringLocalizer<SharedResource> texts) : PageModel
{
    public TrajectoryWork Work { get; private set; } = null!;

    /// <summary>The focus groups held as events, with their write-ups, beside the meetings recorded here.</summary>
    public IReadOnlyList<Event> FocusGroups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await TrajectoryWork.LoadAsync(db, id) is not { } work)
        {
            return NotFound();
        }
        Work = work;
        FocusGroups = await db.FocusGroupsOf(id).Where(e => e.PublishedAt != null && !e.IsCancelled).OrderBy(e => e.StartsAt).ToListAsync();
        return Page();
    }

    /// <summary>Without names or pseudonyms: the group, the answers and the themes.</summary>
    public async Task<IActionResult> OnGetCsvAsync(Guid id)
    {
        if (await TrajectoryWork.LoadAsync(db, id) is not { } work)
        {
            return NotFound();
        }
        return CsvFile.Download("inventarisatie.csv", [texts["Groep"], .. Inventory.Questions.Select(q => texts[q.Label].Value), texts["Thema's"]],
            work.Contributions.Select(c => (CsvCell[])[texts[ResearchLabels.Label(c.Group)].Value, .. Inventory.Questions.Select(q => (CsvCell)q.Answer(c)), string.Join('|', c.ThemeList)]));
    }
}
