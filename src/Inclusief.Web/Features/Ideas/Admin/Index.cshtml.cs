using Inclusief.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Ideas.Admin;

/// <summary>The coordinators' triage list: open ideas first, oldest first, so nothing waits unseen.</summary>
[Authorize(Policy = IdeaPermissions.Triage)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public sealed record Row(Guid Id, string Title, IdeaKind Kind, IdeaStatus Status, DateTime UpdatedAt, int Attachments);

    [BindProperty(SupportsGet = true)]
    public IdeaStatus? Status { get; set; }

    public IReadOnlyList<Row> Ideas { get; private set; } = [];

    public IReadOnlyDictionary<IdeaStatus, int> Counts { get; private set; } = new Dictionary<IdeaStatus, int>();

    public async Task OnGetAsync()
    {
        Counts = (await db.Set<Idea>().GroupBy(i => i.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync())
            .ToDictionary(g => g.Key, g => g.Count);
        var query = db.Set<Idea>().AsNoTracking();
        query = Status is { } status
            ? query.Where(i => i.Status == status)
            : query.Where(i => i.Status == IdeaStatus.New || i.Status == IdeaStatus.UnderReview || i.Status == IdeaStatus.MoreInformationNeeded);
        Ideas = await query.OrderBy(i => i.UpdatedAt).Take(500)
            .Select(i => new Row(i.Id, i.Title, i.Kind, i.Status, i.UpdatedAt, i.Attachments.Count)).ToListAsync();
    }
}
