using Inclusief.Web.Infrastructure.Pages;
using Inclusief.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Inclusief.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.OutputCaching;

namespace Inclusief.Web.Features.Knowledge;

/// <summary>The knowledge base: search in Dutch or English, filter by kind and theme, newest first when nothing is searched.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPages.Policy, Tags = new[] { PublicPages.Knowledge })]
public sealed class IndexModel(KnowledgeSearch search, AppDbContext db, IMemoryCache cache, Notifications.Follows follows) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Theme { get; set; }

    [BindProperty(SupportsGet = true, Name = Pager.Parameter)]
    public int PageNumber { get; set; } = 1;

    public KnowledgeSearch.Results Results { get; private set; } = new([], 1, false, false);

    public IReadOnlyList<string> Themes { get; private set; } = [];

    public KnowledgeKind? SelectedKind { get; private set; }

    /// <summary>For a signed-in visitor who picked a theme: following what is published in it.</summary>
    public Notifications.FollowButton? Follow { get; private set; }

    public async Task OnGetAsync()
    {
        if (!string.IsNullOrEmpty(Theme) && User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value is { } userId)
        {
            Follow = new Notifications.FollowButton(Notifications.FollowTarget.KnowledgeTheme, Theme, Theme,
                await follows.IsFollowingAsync(userId, Notifications.FollowTarget.KnowledgeTheme, Theme), PageUrl(1));
        }
        SelectedKind = Enum.TryParse<KnowledgeKind>(Kind, out var kind) && Enum.IsDefined(kind) ? kind : null;
        Results = await search.FindAsync(new KnowledgeSearch.Query(Text, SelectedKind, Theme, User.Identity?.IsAuthenticated == true, PageNumber), HttpContext.RequestAborted);
        // The theme list changes only when an editor publishes; a minute old is fresh enough.
        Themes = await cache.GetOrCreateAsync("knowledge-themes", entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
            return ThemesInUseAsync();
        }) ?? [];
    }

    private async Task<IReadOnlyList<string>> ThemesInUseAsync() =>
        await db.Set<KnowledgeTheme>().AsNoTracking()
            // Public items only: the list is cached for everyone, and a members-only item's themes are not public.
            .Where(t => db.PublishedItems().Any(i => i.Id == t.ItemId))
            .Select(t => t.Name).Distinct().OrderBy(n => n).Take(200).ToListAsync();

    public string PageUrl(int page) => Url.Page("Index", new { q = Text, Kind, Theme, p = page })!;
}
