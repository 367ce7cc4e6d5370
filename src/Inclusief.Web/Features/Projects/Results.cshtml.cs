using Inclusief.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Projects;

/// <summary>Published results of all sub-projects: public summaries that other municipalities can read and reuse.</summary>
[AllowAnonymous]
public sealed class ResultsModel(AppDbContext db, IAuthorizationService authorization, UserManager<AppUser> users) : PageModel
{
    public sealed record Row(Guid Id, string Title, string Summary, string? Evidence, string Project, DateTime PublishedAt);

    public IReadOnlyList<Row> Results { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var visible = db.Set<SubProject>().VisibleTo(users.GetUserId(User), (await authorization.AuthorizeAsync(User, ProjectPermissions.Oversee)).Succeeded);
        Results = await db.Set<ProjectResult>().AsNoTracking()
            .Where(r => r.PublishedAt != null)
            .OrderByDescending(r => r.PublishedAt)
            .Join(visible, r => r.SubProjectId, p => p.Id, (r, p) => new Row(r.Id, r.Title, r.Summary, r.Evidence, p.Title, r.PublishedAt!.Value))
            .ToListAsync();
    }
}
