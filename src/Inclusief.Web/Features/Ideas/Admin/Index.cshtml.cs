using Inclusief.Data;
using Inclusief.Web.Infrastructure.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Ideas.Admin;

/// <summary>The coordinators' triage list: open ideas, oldest first, so nothing waits unseen; fifty to a page.</summary>
[Authorize(Policy = IdeaPermissions.Triage)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public sealed record Row(Guid Id, string Title, IdeaKind Kind, IdeaStatus Status, DateTime UpdatedAt, int Attachments, bool Shared, int Supports);

    [BindProperty(SupportsGet = true)]
    public IdeaStatus? Status { get; set; }

    public const int PageSize = 50;

    [BindProperty(Name = Pager.Parameter, SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Ideas { get; private set; } = [];

    public Pager Pager { get; private set; } = null!;

    public IReadOnlyDictionary<IdeaStatus, int> Counts { get; private set; } = new Dictionary<IdeaStatus, int>();

    public async Task OnGetAsync()
    {
        Counts = (await db.Set<Idea>().GroupBy(i => i.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync())
            .ToDictionary(g => g.Key, g => g.Count);
        var query = db.Set<Idea>().AsNoTracking();
        query = Status is { } status
            ? query.Where(i => i.Status == status)
            : query.Where(i => i.Status == IdeaStatus.New || i.Status == IdeaStatus.UnderReview || i.Status == IdeaStatus.MoreInformationNeeded);
        PageNumber = Pager.Valid(PageNumber);
        var total = await query.CountAsync();
        Ideas = await query.OrderBy(i => i.UpdatedAt).ThenBy(i => i.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(i => new Row(i.Id, i.Title, i.Kind, i.Status, i.UpdatedAt, i.Attachments.Count, i.IsShared, db.Set<IdeaSupport>().Count(s => s.IdeaId == i.Id))).ToListAsync();
        Pager = Pager.Counted(PageNumber, total, PageSize, p => Url.Page(null, new { status = Status, p })!);
    }
}
