using Inclusief.Web.Infrastructure.Caching;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Privacy;
using Inclusief.Web.Infrastructure.Uploads;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Knowledge;

/// <summary>
/// What someone wrote and which lessons they finished. Leaving deletes unpublished drafts and the progress;
/// published items stay (they belong to the programme's shared knowledge) but no longer carry the author's
/// name or account.
/// </summary>
public sealed class KnowledgePersonalData(AppDbContext db, UploadStore uploads, PublicPageChanges publicPages) : IPersonalData
{
    public string Section => "knowledge";

    public async Task<object?> ExportAsync(AppUser user)
    {
        var items = await db.Set<KnowledgeItem>().AsNoTracking().Where(i => i.CreatedById == user.Id).OrderBy(i => i.CreatedAt)
            .Select(i => new { i.Title, Kind = i.Kind.ToString(), Status = i.Status.ToString(), i.AuthorName, i.Summary, i.Body, i.CreatedAt, i.PublishedAt })
            .ToListAsync();
        var progress = await (from p in db.Set<LessonProgress>().AsNoTracking()
                              join l in db.Set<KnowledgeLesson>() on p.LessonId equals l.Id
                              join i in db.Set<KnowledgeItem>() on l.ItemId equals i.Id
                              where p.UserId == user.Id
                              orderby p.CompletedAt
                              select new { Module = i.Title, Lesson = l.Title, p.CompletedAt }).ToListAsync();
        return new { Items = items, LessonsCompleted = progress };
    }

    public async Task EraseAsync(AppUser user)
    {
        await db.Set<LessonProgress>().Where(p => p.UserId == user.Id).ExecuteDeleteAsync();
        var drafts = await db.Set<KnowledgeItem>().Include(i => i.Attachments)
            .Where(i => i.CreatedById == user.Id && (i.Status == KnowledgeStatus.Draft || i.Status == KnowledgeStatus.InReview)).ToListAsync();
        db.RemoveRange(drafts);
        await db.SaveChangesAsync();
        foreach (var attachment in drafts.SelectMany(d => d.Attachments))
        {
            uploads.Delete(attachment.StoredName);
        }
        await db.Set<KnowledgeItem>().Where(i => i.CreatedById == user.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.CreatedById, "").SetProperty(i => i.AuthorName, "Anoniem"));
        // The author's name is on cached item pages.
        await publicPages.ChangedAsync(db, PublicPages.Knowledge);
    }
}
