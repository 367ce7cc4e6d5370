using Inclusief.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Feedback.Admin;

[Authorize(Policy = FeedbackPermissions.Organise)]
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Row(Guid Id, string Title, DateTime Deadline, bool Open, int Responses, bool ResponsePublished);

    public IReadOnlyList<Row> Rounds { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        Rounds = await db.Set<FeedbackRound>().AsNoTracking().OrderByDescending(r => r.Deadline)
            .Select(r => new Row(r.Id, r.Title, r.Deadline, r.Deadline > now, db.Set<FeedbackResponse>().Count(x => x.RoundId == r.Id), r.ResponsePublishedAt != null))
            .ToListAsync();
    }
}
