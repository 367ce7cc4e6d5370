using Microsoft.AspNetCore.Mvc;
using Inclusief.Data;
using Inclusief.Web.Features.Events;
using Inclusief.Web.Features.Knowledge;
using Inclusief.Web.Features.Programmes;
using Inclusief.Web.Features.Projects;
using Inclusief.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Inclusief.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.OutputCaching;

namespace Inclusief.Web.Features.Home;

/// <summary>The first impression: what the programme is, what is coming up and what it has produced, and the two desks people come for.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPages.Policy, Tags = new[] { PublicPages.Events, PublicPages.Projects, PublicPages.Knowledge, PublicPages.Programmes })]
public sealed class IndexModel(AppDbContext db, ProgrammeCatalogue programmes, TimeProvider clock) : PageModel
{
    private const int Shown = 3;

    public sealed record Item(string Title, DateTime At, string Href);

    /// <summary>Each active programme and its target group in the reader's language, or the language they fell back to.</summary>
    public IReadOnlyList<(string Programme, string TargetGroup, string Language)> Programmes { get; private set; } = [];

    public IReadOnlyList<Item> Events { get; private set; } = [];

    public IReadOnlyList<Item> Results { get; private set; } = [];

    public IReadOnlyList<Item> Knowledge { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var culture = Cultures.Current;
        Programmes = (await programmes.ActiveAsync())
            .Select(p => (p.NameIn(culture), p.TargetGroupIn(culture), TranslatedText.LanguageIn(culture, p.NameTranslations)))
            .ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        Events = (await db.PublicEvents().Where(e => e.EndsAt > now && !e.IsCancelled).OrderBy(e => e.StartsAt).Take(Shown)
                .Select(e => new { e.Id, e.Title, e.StartsAt }).ToListAsync())
            .Select(e => new Item(e.Title, e.StartsAt, Url.Page("/Events/Details", new { id = e.Id })!)).ToList();
        Results = (await db.PublishedResults().OrderByDescending(r => r.PublishedAt).Take(Shown)
                .Select(r => new { r.Id, r.Title, PublishedAt = r.PublishedAt!.Value }).ToListAsync())
            .Select(r => new Item(r.Title, r.PublishedAt, Url.Page("/Projects/Results") + "#result-" + r.Id)).ToList();
        Knowledge = (await db.PublishedItems().OrderByDescending(i => i.PublishedAt).Take(Shown)
                .Select(i => new { i.Id, i.Title, i.PublishedAt }).ToListAsync())
            .Select(i => new Item(i.Title, i.PublishedAt ?? now, Url.Page("/Knowledge/Item", new { id = i.Id })!)).ToList();
    }
}
