using Inclusief.Web.Infrastructure.Pages;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Admin.Audit;

[Authorize(Policy = AdminPermissions.Policy)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public const int PageSize = 100;

    public sealed record Row(DateTime At, string Actor, string Action, string Subject, string? Detail);

    [BindProperty(Name = Pager.Parameter, SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Entries { get; private set; } = [];

    public bool HasMore { get; private set; }

    public async Task OnGetAsync()
    {
        PageNumber = Pager.Valid(PageNumber);
        var entries = await db.Set<AuditEntry>().AsNoTracking()
            .OrderByDescending(e => e.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .ToListAsync();
        HasMore = entries.Count > PageSize;
        var actorIds = entries.Select(e => e.ActorId).Distinct().ToList();
        var names = await db.Users.Where(u => actorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        Entries = entries.Take(PageSize)
            .Select(e => new Row(e.At, names.GetValueOrDefault(e.ActorId, e.ActorId), e.Action, $"{e.SubjectType} {e.SubjectId}", e.Detail))
            .ToList();
    }
}
