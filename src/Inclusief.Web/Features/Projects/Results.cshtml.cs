using Inclusief.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Projects;

/// <summary>Published results of all sub-projects: public summaries that other municipalities can read and reuse.</summary>
[AllowAnonymous]
public sealed class ResultsModel(AppDbContext db) : PageModel
{
    public sealed record Row(string Title, string Summary, string? Evidence, string Project, DateTime PublishedAt);

    public IReadOnlyList<Row> Results { get; private set; } = [];

    public async Task OnGetAsync() =>
        Results = await db.Set<ProjectResult>().AsNoTracking()
            .Where(r => r.PublishedAt != null)
            .OrderByDescending(r => r.PublishedAt)
            .Join(db.Set<SubProject>(), r => r.SubProjectId, p => p.Id, (r, p) => new Row(r.Title, r.Summary, r.Evidence, p.Title, r.PublishedAt!.Value))
            .ToListAsync();
}
