using Inclusief.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Inclusief.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.OutputCaching;

namespace Inclusief.Web.Features.Projects;

/// <summary>The sub-projects this visitor may see, with status and progress.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPages.Policy, Tags = new[] { PublicPages.Projects })]
public sealed class IndexModel(AppDbContext db, IAuthorizationService authorization, UserManager<AppUser> users) : PageModel
{
    public sealed record Row(Guid Id, string Title, SubProjectStatus Status, int Progress, bool Mine);

    public IReadOnlyList<Row> Projects { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var userId = users.GetUserId(User);
        var coordinator = (await authorization.AuthorizeAsync(User, ProjectPermissions.Oversee)).Succeeded;
        var projects = await db.Set<SubProject>().AsNoTracking().VisibleTo(userId, coordinator).OrderBy(p => p.Status).ThenBy(p => p.Title)
            .Select(p => new { p.Id, p.Title, p.Status, p.ProgressPercent, Mine = p.Members.Any(m => m.UserId == userId) })
            .ToListAsync();
        var ids = projects.Select(p => p.Id).ToList();
        var milestones = await db.Set<Milestone>().AsNoTracking().Where(m => ids.Contains(m.SubProjectId)).ToListAsync();
        Projects = projects.Select(p =>
        {
            var own = milestones.Where(m => m.SubProjectId == p.Id).ToList();
            return new Row(p.Id, p.Title, p.Status, SubProject.Progress(own.Count(m => m.IsReached), own.Count, p.ProgressPercent), p.Mine);
        }).ToList();
    }
}
