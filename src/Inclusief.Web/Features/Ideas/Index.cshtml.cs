using Inclusief.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Inclusief.Web.Features.Conversation;
using Inclusief.Web.Infrastructure.Pages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Ideas;

/// <summary>What happens to an idea, and (signed in) your own ideas with their status.</summary>
[AllowAnonymous]
public sealed class IndexModel(AppDbContext db, UserManager<AppUser> users) : PageModel
{
    public sealed record Row(Guid Id, string Title, IdeaStatus Status, DateTime CreatedAt);

    public sealed record SharedRow(Guid Id, string Title, IdeaStatus Status, int Supports, int Comments);

    public const int PageSize = 20;

    public IReadOnlyList<Row> Mine { get; private set; } = [];

    /// <summary>Ideas their submitters shared with the members, the most supported first.</summary>
    public IReadOnlyList<SharedRow> Shared { get; private set; } = [];

    public Pager? Pager { get; private set; }

    [BindProperty(Name = Pager.Parameter, SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public async Task OnGetAsync()
    {
        if (users.GetUserId(User) is { } userId)
        {
            var page = Pager.Valid(PageNumber);
            var shared = db.Set<Idea>().AsNoTracking().Where(i => i.IsShared);
            var total = await shared.CountAsync();
            var rows = await shared
                .Select(i => new { i.Id, i.Title, i.Status, i.CreatedAt, Supports = db.Set<IdeaSupport>().Count(s => s.IdeaId == i.Id) })
                .OrderByDescending(i => i.Supports).ThenByDescending(i => i.CreatedAt).ThenBy(i => i.Id)
                .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync();
            var keys = rows.Select(r => CommentSubjects.KeyOf(r.Id)).ToList();
            var comments = await db.Set<Comment>().Where(c => c.SubjectKind == CommentSubjectKind.Idea && keys.Contains(c.SubjectKey) && c.DeletedAt == null && c.HiddenAt == null)
                .GroupBy(c => c.SubjectKey).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
            Shared = rows.Select(r => new SharedRow(r.Id, r.Title, r.Status, r.Supports, comments.GetValueOrDefault(CommentSubjects.KeyOf(r.Id)))).ToList();
            Pager = Pager.Counted(page, total, PageSize, p => Url.Page("/Ideas/Index", new Dictionary<string, object?> { [Pager.Parameter] = p })! + "#gedeeld");
            Mine = await db.Set<Idea>().AsNoTracking().Where(i => i.SubmitterId == userId)
                .OrderByDescending(i => i.CreatedAt).Select(i => new Row(i.Id, i.Title, i.Status, i.CreatedAt)).ToListAsync();
        }
    }
}
