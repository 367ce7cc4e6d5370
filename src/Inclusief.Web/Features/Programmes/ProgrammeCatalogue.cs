using Inclusief.Data;
using Inclusief.Web.Infrastructure.Localization;
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

    public sealed record Entry(string Name, IReadOnlyList<TranslatedText> NameTranslations, string TargetGroup, IReadOnlyList<TranslatedText> TargetGroupTranslations)
    {
        public string NameIn(string culture) => TranslatedText.In(culture, Name, NameTranslations);

        public string TargetGroupIn(string culture) => TranslatedText.In(culture, TargetGroup, TargetGroupTranslations);
    }

    public async Task<IReadOnlyList<Entry>> ActiveAsync() =>
        await cache.GetOrCreateAsync(nameof(ProgrammeCatalogue), async item =>
        {
            item.AbsoluteExpirationRelativeToNow = Lifetime;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            return (IReadOnlyList<Entry>)(await db.Set<Programme>().AsNoTracking().Include(p => p.TargetGroup)
                .Where(p => p.IsActive)
                .OrderBy(p => p.StartsOn)
                .ToListAsync())
                .Select(p => new Entry(p.Name, p.NameTranslations, p.TargetGroup!.Name, p.TargetGroup.NameTranslations))
                .ToList();
        }) ?? [];
}
