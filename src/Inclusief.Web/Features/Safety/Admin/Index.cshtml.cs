using Inclusief.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Safety.Admin;

/// <summary>The moderators' desk: new reports, warnings waiting for a second approval, membership applications.</summary>
[Authorize(Policy = SafetyPermissions.Moderate)]
[Infrastructure.Pages.SensitivePage]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<SafetyReport> Reports { get; private set; } = [];

    public IReadOnlyList<SafetyWarning> AwaitingApproval { get; private set; } = [];

    public IReadOnlyList<SafetyMember> Applications { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Reports = await db.Set<SafetyReport>().AsNoTracking().Where(r => r.Status == ReportStatus.New).OrderBy(r => r.ReceivedOn).ThenBy(r => r.ArrivalNumber).Take(200).ToListAsync();
        AwaitingApproval = await db.Set<SafetyWarning>().AsNoTracking().Where(w => w.Status == WarningStatus.AwaitingApproval).OrderBy(w => w.CreatedAt).ToListAsync();
        Applications = await db.Set<SafetyMember>().AsNoTracking().Where(m => m.Status == MembershipStatus.Applied).OrderBy(m => m.AppliedAt).ToListAsync();
    }
}
