using Inclusief.Data;
using Inclusief.Web.Infrastructure.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Knowledge.Admin;

/// <summary>The editors' desk: what waits for review first, then the other states, with counts (up to <see cref="CountCap"/>), fifty to a page.</summary>
[Authorize(Policy = KnowledgePermissions.Edit)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public const int PageSize = 50;

    /// <summary>
    /// A tab counts up to this many and then says "1000+": counting fifty thousand published items on every visit costs
    /// more than the exact number is worth, and the pager then offers the next page without a page total.
    /// </summary>
    public const int CountCap = 1000;

    public sealed record Row(int Id, string Title, KnowledgeKind Kind, string AuthorName, DateTime UpdatedAt);

    [BindProperty(SupportsGet = true)]
    public KnowledgeStatus Status { get; set; } = KnowledgeStatus.InReview;

    public IReadOnlyDictionary<KnowledgeStatus, int> Counts { get; private set; } = new Dictionary<KnowledgeStatus, int>();

    [BindProperty(Name = Pager.Parameter, SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Items { get; private set; } = [];

    public Pager Pager { get; private set; } = null!;

    /// <summary>A tab's count as shown: the number, or "1000+" past <see cref="CountCap"/>.</summary>
    public string TabCount(KnowledgeStatus status) =>
        Counts.GetValueOrDefault(status) is var count && count > CountCap ? $"{CountCap}+" : count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public async Task OnGetAsync()
    {
        PageNumber = Pager.Valid(PageNumber);
        var counts = new Dictionary<KnowledgeStatus, int>();
        foreach (var status in Enum.GetValues<KnowledgeStatus>())
        {
            counts[status] = await db.Set<KnowledgeItem>().Where(i => i.Status == status).Take(CountCap + 1).CountAsync();
        }
        Counts = counts;
        var items = db.Set<KnowledgeItem>().AsNoTracking().Where(i => i.Status == Status);
        var ordered = Status == KnowledgeStatus.InReview ? items.OrderBy(i => i.UpdatedAt) : items.OrderByDescending(i => i.UpdatedAt);
        var page = await ordered.ThenBy(i => i.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).Select(i => new Row(i.Id, i.Title, i.Kind, i.AuthorName, i.UpdatedAt)).ToListAsync();
        Items = page.Take(PageSize).ToList();
        var total = Counts.GetValueOrDefault(Status);
        string PageUrl(int p) => Url.Page(null, new { status = Status, p })!;
        Pager = total > CountCap ? new Pager(PageNumber, page.Count > PageSize, PageUrl) : Pager.Counted(PageNumber, total, PageSize, PageUrl);
    }
}
