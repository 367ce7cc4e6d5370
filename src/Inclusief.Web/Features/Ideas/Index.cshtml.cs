using Inclusief.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Ideas;

/// <summary>What happens to an idea, and (signed in) your own ideas with their status.</summary>
[AllowAnonymous]
public sealed class IndexModel(AppDbContext db, UserManager<AppUser> users) : PageModel
{
    public sealed record Row(Guid Id, string Title, IdeaStatus Status, DateTime CreatedAt);

    public IReadOnlyList<Row> Mine { get; private set; } = [];

    public async Task OnGetAsync()
    {
        if (users.GetUserId(User) is { } userId)
        {
            Mine = await db.Set<Idea>().AsNoTracking().Where(i => i.SubmitterId == userId)
                .OrderByDescending(i => i.CreatedAt).Select(i => new Row(i.Id, i.Title, i.Status, i.CreatedAt)).ToListAsync();
        }
    }
}
