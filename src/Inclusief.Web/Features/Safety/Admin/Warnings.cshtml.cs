using Inclusief.Data;
using Inclusief.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Inclusief.Web.Features.Safety.Admin;

/// <summary>
/// The warnings that hold now: until when, how many members got each, how often a client check found it; a
/// moderator withdraws one that turned out wrong or extends one that still matters. Both are audited.
/// </summary>
[Authorize(Policy = SafetyPermissions.Moderate)]
[Infrastructure.Pages.SensitivePage]
public sealed class WarningsModel(AppDbContext db, AuditLog audit, IOptions<SafetyOptions> options, UserManager<AppUser> users, TimeProvider clock) : PageModel
{
    public sealed record Row(SafetyWarning Warning, int Deliveries);

    public IReadOnlyList<Row> Live { get; private set; } = [];

    public TimeSpan Lifetime => options.Value.WarningLifetime;

    public async Task OnGetAsync()
    {
        var now = Now;
        var live = await db.Set<SafetyWarning>().AsNoTracking().LiveAt(now)
            .OrderBy(w => w.ExpiresAt).Take(500).ToListAsync();
        var ids = live.Select(w => w.Id).ToList();
        var deliveries = await db.Set<WarningDelivery>().Where(d => ids.Contains(d.WarningId)).GroupBy(d => d.WarningId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        Live = live.Select(w => new Row(w, deliveries.GetValueOrDefault(w.Id))).ToList();
    }

    public Task<IActionResult> OnPostWithdrawAsync(Guid id) =>
        ChangeAsync(id, w => w.Withdraw(Now), "safety-warning-withdrawn", "De waarschuwing is ingetrokken: leden zien hem niet meer en de klantcheck vindt hem niet meer.");

    public Task<IActionResult> OnPostExtendAsync(Guid id) =>
        ChangeAsync(id, w => w.Extend(options.Value.WarningLifetime, Now), "safety-warning-extended", "De waarschuwing is verlengd.");

    private async Task<IActionResult> ChangeAsync(Guid id, Action<SafetyWarning> change, string action, string done)
    {
        if (await db.Set<SafetyWarning>().SingleOrDefaultAsync(w => w.Id == id) is not { } warning)
        {
            return NotFound();
        }
        change(warning);
        audit.Record(users.GetUserId(User)!, action, "safety-warning", id.ToString(), warning.ExpiresAt?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await db.SaveChangesAsync();
        TempData["Notice"] = done;
        return RedirectToPage();
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
