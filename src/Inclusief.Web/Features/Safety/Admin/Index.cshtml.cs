using Inclusief.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Safety.Admin;

/// <summary>The moderators' desk: reports still to handle, warnings waiting for a second approval, recently handled reports, membership applications.</summary>
[Authorize(Policy = SafetyPermissions.Moderate)]
[Infrastructure.Pages.SensitivePage]
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<SafetyReport> Reports { get; private set; } = [];

    public IReadOnlyList<SafetyReport> Handled { get; private set; } = [];

    public int LiveWarnings { get; private set; }

    public IReadOnlyList<SafetyWarning> AwaitingApproval { get; private set; } = [];

    public IReadOnlyList<SafetyMember> Applications { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        Reports = await db.Set<SafetyReport>().AsNoTracking().Where(r => r.HandledAt == null).OrderBy(r => r.ReceivedOn).ThenBy(r => r.ArrivalNumber).Take(200).ToListAsync();
        Handled = await db.Set<SafetyReport>().AsNoTracking().Where(r => r.HandledAt != null).OrderByDescending(r => r.ReceivedOn).ThenByDescending(r => r.ArrivalNumber).Take(50).ToListAsync();
        LiveWarnings = await db.Set<SafetyWarning>().LiveAt(now).CountAsync();
        AwaitingApproval = await db.Set<SafetyWarning>().AsNoTracking().Where(w => w.Status == WarningStatus.AwaitingApproval).OrderBy(w => w.CreatedAt).ToListAsync();
        Applications = await db.Set<SafetyMember>().AsNoTracking().Where(m => m.Status == MembershipStatus.Applied).OrderBy(m => m.AppliedAt).ToListAsync();
    }
}
