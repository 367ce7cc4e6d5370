using Inclusief.Data;
using Inclusief.Web.Infrastructure.Pages;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Notifications;

/// <summary>
/// "Mijn meldingen": what happened in what you follow, newest first. Opening the page reads what it shows; the menu's
/// count is of what was not shown yet.
/// </summary>
[Microsoft.AspNetCore.Authorization.Authorize]
public sealed class IndexModel(AppDbContext db, UserManager<AppUser> users, NotificationAudience audience, FollowedList followed, TimeProvider clock) : PageModel
{
    public const int PageSize = 30;

    public IReadOnlyList<Notification> Notifications { get; private set; } = [];

    public Pager Pager { get; private set; } = null!;

    public IReadOnlyList<FollowButton> Following { get; private set; } = [];

    [BindProperty(Name = Pager.Parameter, SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public async Task OnGetAsync()
    {
        var page = Pager.Valid(PageNumber);
        var userId = users.GetUserId(User)!;
        var mine = db.Set<Notification>().Where(n => n.UserId == userId);
        await ForgetUnreadableAsync(userId, mine);
        var total = await mine.CountAsync();
        Notifications = await mine.AsNoTracking().OrderByDescending(n => n.CreatedAt).ThenBy(n => n.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync();
        Following = await followed.ForAsync(userId);
        Pager = Pager.Counted(page, total, PageSize, p => Url.Page("/Notifications/Index", new Dictionary<string, object?> { [Pager.Parameter] = p })!);
        var shown = Notifications.Where(n => n.ReadAt is null).Select(n => n.Id).ToList();
        if (shown.Count > 0)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.Set<Notification>().Where(n => shown.Contains(n.Id)).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now));
        }
    }

    /// <summary>
    /// Asked again: news of an idea no longer shared, or of a sub-project closed to its work group, is no longer the
    /// reader's to see. It goes before anything is counted or paged, so the menu's count and the pages agree with the list.
    /// </summary>
    private async Task ForgetUnreadableAsync(string userId, IQueryable<Notification> mine)
    {
        var about = (await mine.Select(n => new { n.Target, n.TargetKey }).Distinct().ToListAsync()).Select(t => (t.Target, t.TargetKey)).ToList();
        var readable = await audience.ReadableByAsync(userId, about);
        foreach (var gone in about.Where(t => !readable.Contains(t)).GroupBy(t => t.Target))
        {
            var keys = gone.Select(t => t.TargetKey).ToList();
            await mine.Where(n => n.Target == gone.Key && keys.Contains(n.TargetKey)).ExecuteDeleteAsync();
        }
    }
}
