using Inclusief.Data;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Knowledge;

/// <summary>The published items a list may show: public ones to anyone, members-only ones to members too (the list form of <see cref="KnowledgeAccessRule"/>).</summary>
public static class KnowledgeCatalogue
{
    public static IQueryable<KnowledgeItem> PublishedItems(this AppDbContext db, bool forMembers = false) =>
        db.Set<KnowledgeItem>().AsNoTracking().Where(i => i.Status == KnowledgeStatus.Published && (forMembers || i.Visibility == KnowledgeVisibility.Public));
}
