using Inclusief.Data;
using Inclusief.Web.Infrastructure.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Students;

/// <summary>Assignments for students: those still looking for someone, and those finished with their product.</summary>
[AllowAnonymous]
public sealed class IndexModel(AppDbContext db, UserManager<AppUser> users) : PageModel
{
    public const int PageSize = 20;

    public sealed record Row(Guid Id, string Title, AssignmentKind Kind, AssignmentStatus Status, DateOnly? StartsOn, DateOnly? EndsOn, string StudyProgramme, int? ProductItemId);

    /// <summary>"completed" for the finished ones; anything else shows those looking for students.</summary>
    [BindProperty(SupportsGet = true, Name = "show")]
    public string? Show { get; set; }

    [BindProperty(Name = Pager.Parameter, SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public bool Completed => Show == "completed";

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public IReadOnlyDictionary<int, string> Products { get; private set; } = new Dictionary<int, string>();

    public Pager Pager { get; private set; } = null!;

    /// <summary>A signed-in student's own reactions, wherever the assignment stands.</summary>
    public IReadOnlyList<(Guid Id, string Title, ApplicationStatus Status)> Mine { get; private set; } = [];

    public async Task OnGetAsync()
    {
        if (users.GetUserId(User) is { } userId)
        {
            Mine = [.. (await db.Set<AssignmentApplication>().AsNoTracking().Where(a => a.UserId == userId && a.Status != ApplicationStatus.Withdrawn)
                .Join(db.Set<Assignment>(), a => a.AssignmentId, s => s.Id, (a, s) => new { s.Id, s.Title, a.Status, a.CreatedAt })
                .OrderByDescending(a => a.CreatedAt).Take(PageSize).ToListAsync()).Select(a => (a.Id, a.Title, a.Status))];
        }
        PageNumber = Pager.Valid(PageNumber);
        var shown = db.ShownAssignments().Where(a => Completed ? a.Status == AssignmentStatus.Completed : a.Status == AssignmentStatus.Open);
        var total = await shown.CountAsync();
        var ordered = Completed ? shown.OrderByDescending(a => a.ClosedAt).ThenBy(a => a.Id) : shown.OrderByDescending(a => a.CreatedAt).ThenBy(a => a.Id);
        Rows = await ordered.Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(a => new Row(a.Id, a.Title, a.Kind, a.Status, a.StartsOn, a.EndsOn, a.StudyProgramme, a.ProductItemId)).ToListAsync();
        Products = await db.ProductsAsync(Rows.Select(r => r.ProductItemId), forMembers: User.Identity?.IsAuthenticated == true);
        Pager = Pager.Counted(PageNumber, total, PageSize, p => Url.Page(null, new { show = Show, p })!);
    }
}
