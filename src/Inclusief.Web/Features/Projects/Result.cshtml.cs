using Inclusief.Data;
using Inclusief.Web.Features.Conversation;
using Inclusief.Web.Infrastructure.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Projects;

/// <summary>One published result with the conversation about it, read by whoever may read its sub-project.</summary>
[AllowAnonymous]
public sealed class ResultModel(AppDbContext db, IAuthorizationService authorization, CommentThreads threads) : PageModel
{
    public ProjectResult Result { get; private set; } = null!;

    public SubProject Project { get; private set; } = null!;

    public CommentThread Comments { get; private set; } = null!;

    [BindProperty(Name = Pager.Parameter, SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var result = await db.Set<ProjectResult>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id && r.PublishedAt != null);
        var project = result is null ? null : await db.Set<SubProject>().AsNoTracking().Include(p => p.Members).SingleAsync(p => p.Id == result.SubProjectId);
        if (result is null || project is null || !(await authorization.AuthorizeAsync(User, project, ProjectPermissions.Read)).Succeeded)
        {
            return NotFound();
        }
        (Result, Project) = (result, project);
        Comments = await threads.LoadAsync(CommentSubjects.Of(result, project), PageNumber, User,
            p => Url.Page("/Projects/Result", new Dictionary<string, object?> { ["id"] = id, [Pager.Parameter] = p })! + "#reacties");
        return Page();
    }
}
