using Inclusief.Data;
using Inclusief.Web.Infrastructure.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Students.Admin;

/// <summary>Every assignment with the reactions waiting for a decision, those waiting longest first.</summary>
[Authorize(Policy = StudentPermissions.Coordinate)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(Guid Id, string Title, AssignmentKind Kind, AssignmentStatus Status, int Places, int Accepted, int Waiting);

    [BindProperty(Name = Pager.Parameter, SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public Pager Pager { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        PageNumber = Pager.Valid(PageNumber);
        var all = db.Set<Assignment>().AsNoTracking();
        var total = await all.CountAsync();
        Rows = await all
            .OrderByDescending(a => a.Applications.Any(p => p.Status == ApplicationStatus.Pending))
            .ThenBy(a => a.Status == AssignmentStatus.Completed || a.Status == AssignmentStatus.Cancelled)
            .ThenByDescending(a => a.CreatedAt).ThenBy(a => a.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(a => new Row(a.Id, a.Title, a.Kind, a.Status, a.Places,
                a.Applications.Count(p => p.Status == ApplicationStatus.Accepted), a.Applications.Count(p => p.Status == ApplicationStatus.Pending)))
            .ToListAsync();
        Pager = Pager.Counted(PageNumber, total, PageSize, p => Url.Page(null, new { p })!);
    }
}
