using Inclusief.Data;
using Inclusief.Web.Infrastructure.Caching;
using Inclusief.Web.Infrastructure.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Conversation;

/// <summary>
/// Someone's comments, the reports they made and a suspension. Erasing takes the words of every comment and the name
/// under it; the placeholder stays, so replies by others still read as a conversation.
/// </summary>
public sealed class ConversationPersonalData(AppDbContext db, PublicPageChanges publicPages, TimeProvider clock) : IPersonalData
{
    public string Section => "comments";

    public async Task<object?> ExportAsync(AppUser user) => new
    {
        Comments = await db.Set<Comment>().AsNoTracking().Where(c => c.AuthorId == user.Id).OrderBy(c => c.CreatedAt)
            .Select(c => new { Subject = c.SubjectKind.ToString(), c.SubjectKey, c.Text, c.CreatedAt, c.EditedAt, c.DeletedAt, c.HiddenAt, c.HiddenReason })
            .ToListAsync(),
        Reports = await db.Set<CommentReport>().AsNoTracking().Where(r => r.ReporterId == user.Id).OrderBy(r => r.CreatedAt)
            .Select(r => new { r.CommentId, Reason = r.Reason.ToString(), r.Note, r.CreatedAt }).ToListAsync(),
        Suspension = await db.Set<CommentingSuspension>().AsNoTracking().Where(s => s.UserId == user.Id)
            .Select(s => new { s.Reason, s.SuspendedAt, s.Until }).SingleOrDefaultAsync(),
    };

    public async Task EraseAsync(AppUser user)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Set<CommentReport>().Where(r => r.ReporterId == user.Id).ExecuteDeleteAsync();
        // Reports on the erased words leave the queue, and their notes, which may quote them, go.
        await db.Set<CommentReport>().Where(r => r.ResolvedAt == null && db.Set<Comment>().Any(c => c.Id == r.CommentId && c.AuthorId == user.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ResolvedAt, now).SetProperty(r => r.Note, (string?)null));
        await db.Set<Comment>().Where(c => c.AuthorId == user.Id).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.Text, "")
            .SetProperty(c => c.DeletedAt, c => c.DeletedAt ?? now)
            .SetProperty(c => c.HiddenReason, (string?)null)
            .SetProperty(c => c.AuthorId, (string?)null));
        await db.Set<CommentingSuspension>().Where(s => s.UserId == user.Id).ExecuteDeleteAsync();
        await publicPages.ChangedAsync(db, PublicPages.Conversation);
    }
}
