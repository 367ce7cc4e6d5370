using Inclusief.Data;
using Inclusief.Web.Infrastructure.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Safety;

/// <summary>An approved member's warnings: each delivered once, newest first, until it expires.</summary>
[Authorize]
[SensitivePage]
public sealed class WarningsModel(AppDbContext db, SafetyMembership membership, UserManager<AppUser> users, TimeProvider clock) : PageModel
{
    public IReadOnlyList<(SafetyWarning Warning, IReadOnlyList<string> Identifiers)> Warnings { get; private set; } = [];

    /// <summary>False for an account that is not an approved member; the page then says why (<c>_MembersOnly</c>).</summary>
    public bool IsMember { get; private set; }

    public SafetyMember? Membership { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await membership.ApprovedAsync(users.GetUserId(User)) is not { } member)
        {
            Membership = await membership.MineAsync(users.GetUserId(User));
            return Page();
        }
        IsMember = true;
        var now = clock.GetUtcNow().UtcDateTime;
        var warnings = await (from d in db.Set<WarningDelivery>()
                              join w in db.Set<SafetyWarning>().Include(w => w.Identifiers).LiveAt(now) on d.WarningId equals w.Id
                              where d.MemberId == member.Id
                              orderby w.PublishedAt descending
                              select w).AsNoTracking().ToListAsync();
        Warnings = warnings.Select(w => (w, (IReadOnlyList<string>)w.Identifiers.Select(i => i.Masked).ToList())).ToList();
        return Page();
    }
}
