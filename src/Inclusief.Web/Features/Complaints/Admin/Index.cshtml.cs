using Inclusief.Data;
using Inclusief.Web.Infrastructure.Audit;
using Inclusief.Web.Infrastructure.Pages;
using Inclusief.Web.Infrastructure.Receipts;
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
public sealed class IndexModel(AppDbContext db, UserManager<AppUser> users, IOptions<ComplaintOptions> options, ReceiptCodes receipts, AuditLog audit, TimeProvider clock) : PageModel
{
    public sealed record Row(Complaint Complaint, bool Overdue, string? AssignedTo, bool NewMessage);

    [BindProperty(SupportsGet = true)]
    public ComplaintStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public ComplaintCategory? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Mine { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool NewMessages { get; set; }

    public int NewMessageCount { get; private set; }

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
        if (NewMessages)
        {
            query = query.WithNewMessage();
        }
        var cases = await query.OrderByDescending(c => c.Priority).ThenBy(c => c.ReceivedOn).ThenBy(c => c.ArrivalNumber).Take(500).ToListAsync();
        var waiting = await db.Set<Complaint>().AsNoTracking().Where(c => c.Status != ComplaintStatus.Closed && c.FirstResponseAt == null && c.Wish != ReporterWish.OnlyCounted).ToListAsync();
        OverdueCount = waiting.Count(c => c.IsOverdue(now, days));
        var caseworkers = (await users.GetUsersInRoleAsync(StaffRoles.Caseworker)).ToDictionary(u => u.Id, u => u.DisplayName);
        var withNewMessage = (await db.Set<Complaint>().WithNewMessage().Select(c => c.Id).ToListAsync()).ToHashSet();
        NewMessageCount = withNewMessage.Count;
        Rows = cases.Select(c => new Row(c, c.IsOverdue(now, days), c.AssignedToId is { } id ? caseworkers.GetValueOrDefault(id) : null, withNewMessage.Contains(c.Id)))
            .Where(r => !Overdue || r.Overdue).ToList();
    }

    /// <summary>
    /// A reporter reads their receipt code out on the phone: the code is hashed as the follow-up page does, never kept
    /// or put in an address, and the lookup is audited whether or not it finds a case.
    /// </summary>
    public async Task<IActionResult> OnPostReceiptAsync(string? code)
    {
        var hash = receipts.Hash(code);
        var now = clock.GetUtcNow().UtcDateTime;
        // The same rule as the reporter's own follow-up: an expired code opens nothing, for the reporter or on the phone.
        var found = await db.Set<Complaint>().Where(c => c.ReceiptHash == hash && c.ReceiptExpiresAt > now && c.NarrativeRemovedAt == null).Select(c => (Guid?)c.Id).SingleOrDefaultAsync();
        audit.Record(users.GetUserId(User)!, found is null ? "complaint-receipt-not-found" : "complaint-opened-by-receipt", Complaint.SubjectType, found?.ToString() ?? "-");
        await db.SaveChangesAsync();
        if (found is not { } id)
        {
            RuleRefusal.Keep(TempData, new RuleException("Geen melding gevonden met dit bonnummer. Controleer de cijfers; een bonnummer dat lang niet gebruikt is, verloopt."));
            return RedirectToPage();
        }
        return RedirectToPage("Case", new { id });
    }
}
