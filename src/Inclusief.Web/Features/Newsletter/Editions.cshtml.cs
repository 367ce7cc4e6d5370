using Inclusief.Web.Infrastructure.Security;
using Inclusief.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Newsletter;

/// <summary>The online archive of sent editions.</summary>
[AllowAnonymous]
public sealed class EditionsModel(AppDbContext db, EditionContent content, PublicAddress site) : PageModel
{
    public IReadOnlyList<NewsletterEdition> Sent { get; private set; } = [];

    public NewsletterEdition? Edition { get; private set; }

    public IReadOnlyList<EditionContent.Item> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id)
    {
        if (id is { } editionId)
        {
            Edition = await db.Set<NewsletterEdition>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == editionId && e.Status == EditionStatus.Sent);
            if (Edition is null)
            {
                return NotFound();
            }
            Items = await content.ItemsAsync(Edition, site.Root);
            return Page();
        }
        Sent = await db.Set<NewsletterEdition>().AsNoTracking().Where(e => e.Status == EditionStatus.Sent).OrderByDescending(e => e.SentAt).Take(100).ToListAsync();
        return Page();
    }
}
