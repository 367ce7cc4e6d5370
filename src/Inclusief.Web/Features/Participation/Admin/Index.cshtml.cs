using Inclusief.Data;
using Inclusief.Web.Features.Organisations;
using Inclusief.Web.Features.Programmes;
using Inclusief.Web.Infrastructure.Audit;
using Inclusief.Web.Infrastructure.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Participation.Admin;

/// <summary>Sign-ups and member lists per group, with filters, search and a CSV export.</summary>
[Authorize(Policy = ParticipationPermissions.Coordinate)]
public sealed class IndexModel(AppDbContext db, AuditLog audit, UserManager<AppUser> users) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(Guid Id, string DisplayName, string Email, ParticipationForm Form, ParticipationStatus Status, string? Organisation, DateTime CreatedAt, bool OtherTimeRequested);

    [BindProperty(SupportsGet = true)]
    public ParticipantQuery Query { get; set; } = new();

    [BindProperty(Name = Pager.Parameter, SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public IReadOnlyList<Theme> Themes { get; private set; } = [];

    public async Task OnGetAsync()
    {
        PageNumber = Pager.Valid(PageNumber);
        Themes = await db.Set<Theme>().AsNoTracking().Where(t => t.ProgrammeId == Programme.InclusiefSamenwerkenId).OrderBy(t => t.Order).ToListAsync();
        var query = Query.Apply(db);
        Total = await query.CountAsync();
        Rows = await Project(query.OrderByDescending(p => p.CreatedAt).Skip((PageNumber - 1) * PageSize).Take(PageSize)).ToListAsync();
    }

    /// <summary>The coordinator's current selection as CSV; written to the audit log because it leaves the platform.</summary>
    public async Task<IActionResult> OnGetExportAsync()
    {
        var rows = await Project(Query.Apply(db).OrderBy(p => p.Form).ThenBy(p => p.DisplayName)).ToListAsync();
        audit.Record(users.GetUserId(User)!, "participants-exported", "participant-list", "csv", $"{rows.Count} rows");
        await db.SaveChangesAsync();
        return CsvFile.Download("deelnemers.csv", ["naam", "e-mail", "vorm", "status", "organisatie", "aangemeld"],
            rows.Select(row => new[]
            {
                row.DisplayName, row.Email, ParticipationForms.Label(row.Form), ParticipationStatuses.Label(row.Status), row.Organisation, CsvCell.Day(row.CreatedAt),
            }));
    }

    private IQueryable<Row> Project(IQueryable<Participant> query) =>
        query.Select(p => new Row(p.Id, p.DisplayName, p.Email, p.Form, p.Status,
            db.Set<Organisation>().Where(o => o.Id == p.OrganisationId).Select(o => o.Name).FirstOrDefault(),
            p.CreatedAt, p.Intakes.Any(i => i.Status == IntakeStatus.OtherTimeRequested)));
}
