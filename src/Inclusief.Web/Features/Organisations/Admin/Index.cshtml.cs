using Inclusief.Data;
using Inclusief.Web.Infrastructure.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Organisations.Admin;

/// <summary>The organisations register for its managers: found by name, kind or as proposals; ordered by name, fifty to a page.</summary>
[Authorize(Policy = OrganisationPermissions.Manage)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public sealed record Row(Guid Id, string Name, OrganisationType Type, bool IsApproved, bool IsPartner, bool ListedPublicly);

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public OrganisationType? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool ProposedOnly { get; set; }

    public const int PageSize = 50;

    [BindProperty(Name = Pager.Parameter, SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Organisations { get; private set; } = [];

    public Pager Pager { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        var query = db.Set<Organisation>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var term = Search.Trim().ToUpperInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // Translated to SQL upper(); no .NET culture is involved.
            query = query.Where(o => o.Name.ToUpper().Contains(term));
#pragma warning restore CA1304, CA1311, CA1862
        }
        if (Type is { } type)
        {
            query = query.Where(o => o.Type == type);
        }
        if (ProposedOnly)
        {
            query = query.Where(o => !o.IsApproved);
        }
        PageNumber = Pager.Valid(PageNumber);
        var total = await query.CountAsync();
        Organisations = await query.OrderBy(o => o.Name).ThenBy(o => o.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(o => new Row(o.Id, o.Name, o.Type, o.IsApproved, o.Partnership != null, o.ListedPublicly))
            .ToListAsync();
        Pager = Pager.Counted(PageNumber, total, PageSize, p => Url.Page(null, new { search = Search, type = Type, proposedOnly = ProposedOnly ? true : (bool?)null, p })!);
    }
}
