using Inclusief.Data;
using Inclusief.Web.Infrastructure.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Safety.Admin;

/// <summary>
/// The moderators' desk: reports still to handle (oldest first, fifty to a page), warnings waiting for a second approval,
/// the handled reports that arrived last, and how many membership applications wait. A list row is read without
/// the report's encrypted fields, which only the report's own page opens.
/// </summary>
[Authorize(Policy = SafetyPermissions.Moderate)]
[Infrastructure.Pages.SensitivePage]
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    /// <summary>The handled reports the desk lists: a reminder of recent work, not an archive.</summary>
    public const int HandledShown = 50;

    public sealed record ReportRow(Guid Id, DateOnly ReceivedOn, IncidentType Type, string Region, ReportStatus Status, bool WantsSupport);

    private static readonly System.Linq.Expressions.Expression<Func<SafetyReport, ReportRow>> AsRow =
        r => new ReportRow(r.Id, r.ReceivedOn, r.Type, r.Region, r.Status, r.WantsSupport);

    [BindProperty(Name = Pager.Parameter, SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<ReportRow> Reports { get; private set; } = [];

    /// <summary>The reports still to handle, over all pages.</summary>
    public int ReportsTotal { get; private set; }

    public Pager Pager { get; private set; } = null!;

    public IReadOnlyList<ReportRow> Handled { get; private set; } = [];

    public int LiveWarnings { get; private set; }

    public IReadOnlyList<SafetyWarning> AwaitingApproval { get; private set; } = [];

    public int ApplicationCount { get; private set; }

    public async Task OnGetAsync()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        PageNumber = Pager.Valid(PageNumber);
        var toHandle = db.Set<SafetyReport>().Where(r => r.HandledAt == null);
        ReportsTotal = await toHandle.CountAsync();
        Reports = await toHandle.OrderBy(r => r.ReceivedOn).ThenBy(r => r.ArrivalNumber).Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(AsRow).ToListAsync();
        Pager = Pager.Counted(PageNumber, ReportsTotal, PageSize, p => Url.Page(null, new { p })!);
        Handled = await db.Set<SafetyReport>().Where(r => r.HandledAt != null).OrderByDescending(r => r.ReceivedOn).ThenByDescending(r => r.ArrivalNumber).Take(HandledShown)
            .Select(AsRow).ToListAsync();
        LiveWarnings = await db.Set<SafetyWarning>().LiveAt(now).CountAsync();
        AwaitingApproval = await db.Set<SafetyWarning>().AsNoTracking().Where(w => w.Status == WarningStatus.AwaitingApproval).OrderBy(w => w.CreatedAt).ToListAsync();
        ApplicationCount = await db.Set<SafetyMember>().CountAsync(m => m.Status == MembershipStatus.Applied);
    }
}
