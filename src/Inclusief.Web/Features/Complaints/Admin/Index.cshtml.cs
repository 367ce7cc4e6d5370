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

    [BindProperty(Name = Pager.Parameter, SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public const int PageSize = 50;

    public int NewMessageCount { get; private set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    /// <summary>The cases the filters select, over all pages.</summary>
    public int Total { get; private set; }

    public int OverdueCount { get; private set; }

    public async Task OnGetAsync()
    {
        PageNumber = Pager.Valid(PageNumber);
        var now = clock.GetUtcNow().UtcDateTime;
        var days = options.Value.FirstResponseWorkingDays;
        var cases = db.Set<Complaint>().AsNoTracking();
        var query = Status is { } status ? cases.Where(c => c.Status == status) : cases.Where(c => c.Status != ComplaintStatus.Closed);
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
        if (Overdue)
        {
            query = query.Overdue(now, days);
        }
        Total = await query.CountAsync();
        var page = await query.InQueueOrder().Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync();
        OverdueCount = await cases.Overdue(now, days).CountAsync();
        NewMessageCount = await cases.WithNewMessage().CountAsync();
        var caseworkers = (await users.GetUsersInRoleAsync(StaffRoles.Caseworker)).ToDictionary(u => u.Id, u => u.DisplayName);
        Rows = page.Select(c => new Row(c, c.IsOverdue(now, days), c.AssignedToId is { } id ? caseworkers.GetValueOrDefault(id) : null, c.HasNewMessage)).ToList();
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
