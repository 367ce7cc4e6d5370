using Inclusief.Web.Infrastructure.Pages;
using Inclusief.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Admin.Users;

[Authorize(Policy = AdminPermissions.Policy)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public const int PageSize = 50;

    public sealed record UserRow(string Id, string DisplayName, string UserName, bool HasEmail, bool TwoFactor, bool Deactivated, IReadOnlyList<string> Roles);

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(Name = Pager.Parameter, SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<UserRow> Users { get; private set; } = [];

    public int Total { get; private set; }

    public async Task OnGetAsync()
    {
        PageNumber = Pager.Valid(PageNumber);
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var term = Search.Trim().ToUpperInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // Translated to SQL upper(); no .NET culture is involved.
            query = query.Where(u => u.NormalizedUserName!.Contains(term) || u.NormalizedEmail!.Contains(term) || u.DisplayName.ToUpper().Contains(term));
#pragma warning restore CA1304, CA1311, CA1862
        }
        Total = await query.CountAsync();
        var page = await query.OrderBy(u => u.DisplayName).ThenBy(u => u.UserName)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(u => new { u.Id, u.DisplayName, u.UserName, HasEmail = u.Email != null, u.TwoFactorEnabled, u.DeactivatedAt })
            .ToListAsync();
        var ids = page.Select(u => u.Id).ToList();
        var roles = await db.UserRoles.Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync();
        Users = page.Select(u => new UserRow(u.Id, u.DisplayName, u.UserName ?? "", u.HasEmail, u.TwoFactorEnabled, u.DeactivatedAt is not null,
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order().ToList())).ToList();
    }
}
