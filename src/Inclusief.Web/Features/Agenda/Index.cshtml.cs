using Inclusief.Data;
using Inclusief.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Agenda;

/// <summary>
/// The knowledge agenda as published: the latest version, or an earlier one by its number with what changed since
/// the one before. What flowed into education is read today from the version's work.
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPages.Policy, Tags = [PublicPages.Agenda, PublicPages.Knowledge, PublicPages.Projects, PublicPages.Events])]
public sealed class IndexModel(AppDbContext db, AgendaDesk desk) : PageModel
{
    public sealed record Published(int Number, DateTime At);

    public IReadOnlyList<Published> Versions { get; private set; } = [];

    public AgendaVersion? Version { get; private set; }

    public AgendaSnapshot Snapshot { get; private set; } = new([]);

    public bool IsLatest { get; private set; }

    /// <summary>What changed since the version before; empty for the first.</summary>
    public IReadOnlyList<AgendaSnapshot.Change> Changes { get; private set; } = [];

    public AgendaDesk.Education Education { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int? number)
    {
        Versions = await db.Set<AgendaVersion>().AsNoTracking().OrderByDescending(v => v.Number).Select(v => new Published(v.Number, v.PublishedAt)).ToListAsync();
        if (Versions.Count == 0)
        {
            return number is null ? Page() : NotFound();
        }
        var shown = number ?? Versions[0].Number;
        Version = await db.Set<AgendaVersion>().AsNoTracking().SingleOrDefaultAsync(v => v.Number == shown);
        if (Version is null)
        {
            return NotFound();
        }
        IsLatest = shown == Versions[0].Number;
        // Work that stopped being public since (a sub-project made members-only, an item withdrawn) is not shown, in any version.
        var published = Version.Snapshot();
        Snapshot = published.WithWorkIn(await desk.PublicTitlesAsync(published.Lines.SelectMany(l => l.Work).Select(w => (w.Kind, w.TargetId))));
        if (await db.Set<AgendaVersion>().AsNoTracking().Where(v => v.Number < shown).OrderByDescending(v => v.Number).FirstOrDefaultAsync() is { } before)
        {
            Changes = Snapshot.ChangesSince(before.Snapshot());
        }
        Education = await desk.EducationAsync(Snapshot);
        return Page();
    }
}
