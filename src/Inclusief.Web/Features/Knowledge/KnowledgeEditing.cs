using Inclusief.Data;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Knowledge;

/// <summary>Loading an item for a change and saving it with its search index, for every page that changes items.</summary>
public sealed class KnowledgeEditing(AppDbContext db, KnowledgeSearch search)
{
    public Task<KnowledgeItem?> TrackedAsync(int id) =>
        db.Set<KnowledgeItem>().Include(i => i.Themes).Include(i => i.Lessons).Include(i => i.Attachments).AsSplitQuery().SingleOrDefaultAsync(i => i.Id == id);

    public void Add(KnowledgeItem item) => db.Add(item);

    /// <summary>Saves, then brings the search index in line, in one transaction so that a published item is always findable.</summary>
    public async Task SaveAsync(KnowledgeItem item)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.SaveChangesAsync();
        await search.IndexAsync(item);
        await transaction.CommitAsync();
    }
}
