using Inclusief.Data;
using Inclusief.Web.Infrastructure.Audit;
using Inclusief.Web.Infrastructure.Pages;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Conversation.Moderation;

/// <summary>
/// The moderation queue: reported comments nobody has dealt with, those that name or out someone first, then the most
/// reported, then the longest waiting. Below it, the accounts that may not comment now.
/// </summary>
[Authorize(Policy = ConversationPermissions.Moderate)]
public sealed class IndexModel(AppDbContext db, AuditLog audit, UserManager<AppUser> users, TimeProvider clock) : PageModel
{
    public const int PageSize = 25;

    public sealed record Row(Guid CommentId, string Excerpt, string? Author, int Reports, bool NamesSomeone, DateTime FirstReportedAt, bool Hidden);

    public sealed record Suspended(string UserId, string Name, string Reason, DateTime? Until);

    public IReadOnlyList<Row> Queue { get; private set; } = [];

    public IReadOnlyList<Suspended> Suspensions { get; private set; } = [];

    public Pager Pager { get; private set; } = null!;

    [BindProperty(Name = Pager.Parameter, SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public async Task OnGetAsync()
    {
        var page = Pager.Valid(PageNumber);
        var open = db.Set<CommentReport>().Where(r => r.ResolvedAt == null).GroupBy(r => r.CommentId).Select(g => new
        {
            CommentId = g.Key,
            Reports = g.Count(),
            NamesSomeone = g.Any(r => r.Reason == CommentReportReason.NamesOrOutsSomeone),
            First = g.Min(r => r.CreatedAt),
        });
        var total = await open.CountAsync();
        var rows = await (from o in open
                          join c in db.Set<Comment>() on o.CommentId equals c.Id
                          orderby o.NamesSomeone descending, o.Reports descending, o.First
                          select new { o.CommentId, c.Text, c.AuthorId, o.Reports, o.NamesSomeone, o.First, Hidden = c.HiddenAt != null })
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync();
        var authorIds = rows.Select(r => r.AuthorId).OfType<string>().Distinct().ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var suspensions = await db.Set<CommentingSuspension>().AsNoTracking().Where(s => s.Until == null || s.Until > now).OrderBy(s => s.SuspendedAt).Take(200).ToListAsync();
        var ids = authorIds.Concat(suspensions.Select(s => s.UserId)).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        Queue = rows.Select(r => new Row(r.CommentId, Excerpt(r.Text), r.AuthorId is null ? null : names.GetValueOrDefault(r.AuthorId), r.Reports, r.NamesSomeone, r.First, r.Hidden)).ToList();
        Suspensions = suspensions.Select(s => new Suspended(s.UserId, names.GetValueOrDefault(s.UserId, "–"), s.Reason, s.Until)).ToList();
        Pager = Pager.Counted(page, total, PageSize, p => Url.Page("/Conversation/Moderation/Index", new Dictionary<string, object?> { [Pager.Parameter] = p })!);
    }

    public async Task<IActionResult> OnPostLiftAsync(string userId)
    {
        if (await db.Set<CommentingSuspension>().Where(s => s.UserId == userId).ExecuteDeleteAsync() == 1)
        {
            audit.Record(users.GetUserId(User)!, "commenting-restored", "account", userId);
            await db.SaveChangesAsync();
            TempData["Notice"] = "Dit account kan weer reageren.";
        }
        return RedirectToPage();
    }

    private static string Excerpt(string text) => text.Length <= 160 ? text : string.Concat(text.AsSpan(0, 157), "…");
}
