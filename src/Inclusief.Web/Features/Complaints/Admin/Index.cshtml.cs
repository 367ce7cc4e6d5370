using Inclusief.Data;
using Inclusief.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Inclusief.Web.Features.Complaints.Admin;

/// <summary>The caseworkers' queue: open cases first, with filters for status, category, own cases and overdue first responses.</summary>
[Authorize(Policy = ComplaintPermissions.Handle)]
public sealed class IndexModel(AppDbContext db, UserManager<AppUser> users, IOptions<ComplaintOptions> options, TimeProvider clock) : PageModel
{
    public sealed record Row(Complaint Complaint, bool Overdue, string? AssignedTo);

    [BindProperty(SupportsGet = true)]
    public ComplaintStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public ComplaintCategory? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Mine { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public int OverdueCount { get; private set; }

    public async Task OnGetAsync()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var days = options.Value.FirstResponseWorkingDays;
        var query = db.Set<Complaint>().AsNoTracking();
        query = Status is { } status ? query.Where(c => c.Status == status) : query.Where(c => c.Status != ComplaintStatus.Closed);
        if (Category is { } category)
        {
            query = query.Where(c => c.Category == category);
        }
        if (Mine)
        {
            var me = users.GetUserId(User);
            query = query.Where(c => c.AssignedToId == me);
        }
        var cases = await query.OrderByDescending(c => c.Priority).ThenBy(c => c.ReceivedOn).ThenBy(c => c.ArrivalNumber).Take(500).ToListAsync();
        var waiting = await db.Set<Complaint>().AsNoTracking().Where(c => c.Status != ComplaintStatus.Closed && c.FirstResponseAt == null && c.Wish != ReporterWish.OnlyCounted).ToListAsync();
        OverdueCount = waiting.Count(c => c.IsOverdue(now, days));
        var caseworkers = (await users.GetUsersInRoleAsync(StaffRoles.Caseworker)).ToDictionary(u => u.Id, u => u.DisplayName);
        Rows = cases.Select(c => new Row(c, c.IsOverdue(now, days), c.AssignedToId is { } id ? caseworkers.GetValueOrDefault(id) : null))
            .Where(r => !Overdue || r.Overdue).ToList();
    }
}
