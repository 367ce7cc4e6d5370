using Inclusief.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Newsletter.Admin;

/// <summary>The editions, newest first, with delivery figures for the ones sent.</summary>
[Authorize(Policy = NewsletterPermissions.Publish)]
public sealed class IndexModel(AppDbContext db, EditionSender sender) : PageModel
{
    public IReadOnlyList<(NewsletterEdition Edition, EditionSender.Figures? Figures)> Editions { get; private set; } = [];

    public int Subscribers { get; private set; }

    public async Task OnGetAsync()
    {
        Subscribers = await db.Set<NewsletterSubscriber>().CountAsync(s => s.Status == SubscriptionStatus.Confirmed);
        var editions = await db.Set<NewsletterEdition>().AsNoTracking().OrderByDescending(e => e.CreatedAt).Take(100).ToListAsync();
        var figures = await sender.FiguresAsync(editions.Where(e => e.Status != EditionStatus.Draft).ToList());
        Editions = editions.Select(e => (e, figures.TryGetValue(e.Id, out var f) ? f : null)).ToList();
    }
}
