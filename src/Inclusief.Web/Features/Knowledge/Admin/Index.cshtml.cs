using Inclusief.Data;
using Inclusief.Web.Infrastructure.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Knowledge.Admin;

/// <summary>The editors' desk: what waits for review first, then the other states, with counts, fifty to a page.</summary>
[Authorize(Policy = KnowledgePermissions.Edit)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(int Id, string Title, KnowledgeKind Kind, string AuthorName, DateTime UpdatedAt);

    [BindProperty(SupportsGet = true)]
    public KnowledgeStatus Status { get; set; } = KnowledgeStatus.InReview;

    public IReadOnlyDictionary<KnowledgeStatus, int> Counts { get; private set; } = new Dictionary<KnowledgeStatus, int>();

    [BindProperty(Name = Pager.Parameter, SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Items { get; private set; } = [];

    public async Task OnGetAsync()
    {
        PageNumber = Pager.Valid(PageNumber);
        Counts = await db.Set<KnowledgeItem>().AsNoTracking().GroupBy(i => i.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var items = db.Set<KnowledgeItem>().AsNoTracking().Where(i => i.Status == Status);
        var ordered = Status == KnowledgeStatus.InReview ? items.OrderBy(i => i.UpdatedAt) : items.OrderByDescending(i => i.UpdatedAt);
        Items = await ordered.ThenBy(i => i.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize).Select(i => new Row(i.Id, i.Title, i.Kind, i.AuthorName, i.UpdatedAt)).ToListAsync();
    }
}
