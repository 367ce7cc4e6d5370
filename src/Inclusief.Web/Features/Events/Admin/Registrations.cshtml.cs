using System.Globalization;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Audit;
using Inclusief.Web.Infrastructure.Pages;
using Inclusief.Web.Infrastructure.Privacy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Events.Admin;

/// <summary>An event's registrations with filters and CSV, attendance figures per role category (aggregates only) and the attendees' feedback.</summary>
[Authorize(Policy = EventPermissions.Organise)]
public sealed class RegistrationsModel(AppDbContext db, RegistrationDesk desk, AuditLog audit, UserManager<AppUser> users) : PageModel
{
    public sealed record Row(EventRegistration Registration, string Sessions, RegistrationDesk.Needs Needs);

    /// <summary>One role category's figures, as shown: small counts hidden (with their complement) so no one's role can be read.</summary>
    public sealed record Figure(string Category, string Registered, string Waitlisted, string Present);

    public Event Event { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public RegistrationQuery Query { get; set; } = new();

    public const int PageSize = 100;

    [BindProperty(Name = Pager.Parameter, SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    /// <summary>The registrations the filters select, over all pages.</summary>
    public int Total { get; private set; }

    public IReadOnlyList<Figure> Figures { get; private set; } = [];

    public Figure Totals { get; private set; } = new("Totaal", "0", "0", "0");

    public IReadOnlyList<EventFeedback> Feedback { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        PageNumber = Pager.Valid(PageNumber);
        // Registered, then waiting, then cancelled (the status is stored by name, which sorts otherwise), each in line order.
        var selected = Query.Apply(db.Set<EventRegistration>(), id);
        Total = await selected.CountAsync();
        Rows = await RowsAsync(selected.OrderBy(r => r.Status == RegistrationStatus.Registered ? 0 : r.Status == RegistrationStatus.Waitlisted ? 1 : 2).ThenBy(r => r.QueuePosition).Skip((PageNumber - 1) * PageSize).Take(PageSize));
        var counts = await db.Set<EventRegistration>().Where(r => r.EventId == id)
            .GroupBy(r => new { r.Role, r.Status, Present = r.CheckedInAt != null }).Select(g => new { g.Key.Role, g.Key.Status, g.Key.Present, Count = g.Count() }).ToListAsync();
        // Every category is listed, also when empty: a table with one row would show that row's count as the total.
        var groups = Enum.GetValues<RoleCategory>().Select(r => (RoleCategory?)r).Append(null)
            .Select(role => (Role: role, Counts: counts.Where(c => c.Role == role).ToList())).ToList();
        var registered = SmallCells.Column(groups.Select(g => g.Counts.Where(c => c.Status == RegistrationStatus.Registered).Sum(c => c.Count)).ToList());
        var waitlisted = SmallCells.Column(groups.Select(g => g.Counts.Where(c => c.Status == RegistrationStatus.Waitlisted).Sum(c => c.Count)).ToList());
        var present = SmallCells.Column(groups.Select(g => g.Counts.Where(c => c.Present).Sum(c => c.Count)).ToList());
        Figures = groups.Select((g, i) => new Figure(g.Role is { } role ? RoleCategories.Label(role) : "Niet opgegeven", registered[i], waitlisted[i], present[i])).ToList();
        Totals = new Figure("Totaal", counts.Where(c => c.Status == RegistrationStatus.Registered).Sum(c => c.Count).ToString(CultureInfo.InvariantCulture),
            counts.Where(c => c.Status == RegistrationStatus.Waitlisted).Sum(c => c.Count).ToString(CultureInfo.InvariantCulture),
            counts.Where(c => c.Present).Sum(c => c.Count).ToString(CultureInfo.InvariantCulture));
        Feedback = await db.Set<EventFeedback>().AsNoTracking().Where(f => f.EventId == id).OrderBy(f => f.SubmittedAt).ToListAsync();
        return Page();
    }

    /// <summary>The selection as CSV; written to the audit log because it leaves the platform.</summary>
    public async Task<IActionResult> OnGetExportAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        var rows = await RowsAsync(Query.Apply(db.Set<EventRegistration>(), id).OrderBy(r => r.Name));
        audit.Record(users.GetUserId(User)!, "event-registrations-exported", Event.SubjectType, id.ToString(), $"{rows.Count} rows");
        await db.SaveChangesAsync();
        return CsvFile.Download("aanmeldingen.csv", ["naam", "e-mail", "organisatie", "status", "code", "deelsessies", "dieetwensen", "toegankelijkheid", "aanwezig"],
            rows.Select(row => new[]
            {
                row.Registration.Name, row.Registration.Email, row.Registration.Organisation, RegistrationStatuses.Label(row.Registration.Status),
                CsvCell.Plain(row.Registration.DisplayCode), row.Sessions, row.Needs.Dietary, row.Needs.Accessibility, CsvCell.Day(row.Registration.CheckedInAt, "yyyy-MM-dd HH:mm"),
            }));
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var ev = await db.Set<Event>().AsNoTracking().WithSessions().SingleOrDefaultAsync(e => e.Id == id);
        if (ev is null)
        {
            return false;
        }
        Event = ev;
        return true;
    }

    private async Task<List<Row>> RowsAsync(IQueryable<EventRegistration> query)
    {
        var sessions = Event.Rounds.SelectMany(r => r.Sessions).ToDictionary(s => s.Id, s => s.Title);
        return (await query.AsNoTracking().Include(r => r.Choices).ToListAsync())
            .Select(r => new Row(r,
                string.Join("; ", r.Choices.Select(c => sessions.GetValueOrDefault(c.SessionId) + (c.Status == SessionChoiceStatus.Waitlisted ? " (wachtlijst)" : ""))),
                desk.DecryptNeeds(r.EncryptedNeeds)))
            .ToList();
    }
}
