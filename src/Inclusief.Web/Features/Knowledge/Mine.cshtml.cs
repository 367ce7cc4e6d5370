using Inclusief.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Knowledge;

/// <summary>What I wrote: drafts, what lies with the editors, what came back with a note, what is published.</summary>
[Authorize]
public sealed class MineModel(AppDbContext db, UserManager<AppUser> users) : PageModel
{
    public sealed record Row(int Id, string Title, KnowledgeStatus Status, string? ReviewNote, DateTime UpdatedAt);

    public IReadOnlyList<Row> Items { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var userId = users.GetUserId(User);
        Items = await db.Set<KnowledgeItem>().AsNoTracking().Where(i => i.CreatedById == userId).OrderByDescending(i => i.UpdatedAt)
            .Select(i => new Row(i.Id, i.Title, i.Status, i.ReviewNote, i.UpdatedAt)).ToListAsync();
    }
}
