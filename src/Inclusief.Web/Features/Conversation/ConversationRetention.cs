using Inclusief.Data;
using Inclusief.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Conversation;

/// <summary>
/// A report, once dealt with, ties a reader to a comment they objected to: three months later it goes (the audit keeps
/// that the comment was hidden, restored or let stand, never by whom it was reported). The words of a comment hidden
/// for half a year go too: long enough for the author to object and a coordinator to restore it; the placeholder and
/// the reason the author reads stay. And a thread goes with its item: comments on a deleted idea (its submitter erased
/// their account) are nobody's conversation any more.
/// </summary>
public sealed class ConversationRetention(AppDbContext db, CommentSubjects subjects, TimeProvider clock) : IRetentionRule
{
    public static readonly TimeSpan KeepResolvedReports = TimeSpan.FromDays(91);

    public static readonly TimeSpan KeepHiddenText = TimeSpan.FromDays(182);

    public async Task<string> ApplyAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var resolvedBefore = now - KeepResolvedReports;
        var reports = await db.Set<CommentReport>().Where(r => r.ResolvedAt != null && r.ResolvedAt < resolvedBefore).ExecuteDeleteAsync(cancellationToken);
        var hiddenBefore = now - KeepHiddenText;
        var texts = await db.Set<Comment>().Where(c => c.HiddenAt != null && c.HiddenAt < hiddenBefore && c.Text != "")
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Text, "").SetProperty(c => c.Version, c => c.Version + 1), cancellationToken);
        var orphaned = 0;
        foreach (var kind in Enum.GetValues<CommentSubjectKind>())
        {
            var keys = await db.Set<Comment>().Where(c => c.SubjectKind == kind).Select(c => c.SubjectKey).Distinct().ToListAsync(cancellationToken);
            var existing = await subjects.ExistingAsync(kind, keys);
            var gone = keys.Where(k => !existing.Contains(k)).ToList();
            if (gone.Count > 0)
            {
                // Replies and reports go with their comments (cascade).
                orphaned += await db.Set<Comment>().Where(c => c.SubjectKind == kind && gone.Contains(c.SubjectKey)).ExecuteDeleteAsync(cancellationToken);
                await db.Set<ClosedThread>().Where(t => t.SubjectKind == kind && gone.Contains(t.SubjectKey)).ExecuteDeleteAsync(cancellationToken);
            }
        }
        return $"{reports} resolved reports removed, {texts} hidden comments' words removed, {orphaned} comments on deleted items removed";
    }
}
