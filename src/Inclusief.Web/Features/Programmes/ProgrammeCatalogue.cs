using Inclusief.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Inclusief.Web.Features.Programmes;

/// <summary>
/// The active programmes, read on nearly every public page and changed a few times a year: kept in
/// memory for a minute so that public pages do not wait on the database.
/// </summary>
public sealed class ProgrammeCatalogue(IServiceScopeFactory scopes, IMemoryCache cache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    public sealed record Entry(string NameNl, string NameEn, string TargetGroupNl, string TargetGroupEn);

    public async Task<IReadOnlyList<Entry>> ActiveAsync() =>
        await cache.GetOrCreateAsync(nameof(ProgrammeCatalogue), async item =>
        {
            item.AbsoluteExpirationRelativeToNow = Lifetime;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            return (IReadOnlyList<Entry>)await db.Set<Programme>().AsNoTracking()
                .Where(p => p.IsActive)
                .OrderBy(p => p.StartsOn)
                .Select(p => new Entry(p.NameNl, p.NameEn, p.TargetGroup!.NameNl, p.TargetGroup.NameEn))
                .ToListAsync();
        }) ?? [];
}
