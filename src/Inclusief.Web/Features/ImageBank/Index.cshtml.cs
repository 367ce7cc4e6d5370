using Inclusief.Web.Infrastructure.Pages;
using Inclusief.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.ImageBank;

/// <summary>The public image bank: photos that show sex work and the people in it without stereotypes, with credit and terms.</summary>
[AllowAnonymous]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public const int PageSize = 24;

    [BindProperty(SupportsGet = true)]
    public string? Tag { get; set; }

    [BindProperty(SupportsGet = true, Name = Pager.Parameter)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<PhotoView> Photos { get; private set; } = [];

    public IReadOnlyList<string> Tags { get; private set; } = [];

    public bool HasMore { get; private set; }

    public async Task OnGetAsync()
    {
        PageNumber = Pager.Valid(PageNumber);
        var shown = db.ShownPhotos().AsNoTracking();
        Tags = (await shown.Select(p => p.Tags).ToListAsync()).SelectMany(t => t.Split('|', StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (!string.IsNullOrWhiteSpace(Tag))
        {
            var tag = Tag.Trim().ToLowerInvariant();
            shown = shown.Where(p => ("|" + p.Tags + "|").Contains("|" + tag + "|"));
        }
        var page = await shown.OrderByDescending(p => p.CreatedAt).Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).ToListAsync();
        HasMore = page.Count > PageSize;
        Photos = page.Take(PageSize).Select(p => PhotoView.Of(p, 480)).ToList();
    }
}
