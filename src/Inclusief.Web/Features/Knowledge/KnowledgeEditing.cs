using Inclusief.Data;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Knowledge;

/// <summary>Loading an item for a change and saving it with its search index, for every page that changes items.</summary>
public sealed class KnowledgeEditing(AppDbContext db, KnowledgeSearch search, Notifications.Notifier notifier)
{
    public Task<KnowledgeItem?> TrackedAsync(int id) =>
        db.Set<KnowledgeItem>().Include(i => i.Themes).Include(i => i.Lessons).Include(i => i.Attachments).AsSplitQuery().SingleOrDefaultAsync(i => i.Id == id);

    public void Add(KnowledgeItem item) => db.Add(item);

    /// <summary>
    /// Saves, then brings the search index in line, in one transaction so that a published item is always findable. An item
    /// published by this save reaches whoever follows one of its themes.
    /// </summary>
    public async Task SaveAsync(KnowledgeItem item)
    {
        var entry = db.Entry(item);
        var published = item.Status == KnowledgeStatus.Published
            && (entry.State == EntityState.Added || entry.Property(i => i.Status).OriginalValue != KnowledgeStatus.Published);
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.SaveChangesAsync();
        await search.IndexAsync(item);
        if (published && item.Themes.Count > 0)
        {
            var themes = item.Themes.Select(t => t.Name).ToList();
            var followers = await db.Set<Notifications.Follow>().Where(f => f.Target == Notifications.FollowTarget.KnowledgeTheme && themes.Contains(f.Key))
                .Select(f => f.UserId).Distinct().ToListAsync();
            await notifier.NotifyAsync(new Notifications.Notifier.What(Notifications.NotificationKind.NewKnowledge, Notifications.FollowTarget.KnowledgeItem,
                item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), item.Title, $"/Knowledge/Item/{item.Id}"), followers);
            await db.SaveChangesAsync();
        }
        await transaction.CommitAsync();
    }
}
