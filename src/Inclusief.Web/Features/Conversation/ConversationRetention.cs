using Inclusief.Data;
using Inclusief.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Conversation;

/// <summary>
/// A report, once dealt with, ties a reader to a comment they objected to: three months later it goes (the audit keeps
/// that the comment was hidden, restored or let stand, never by whom it was reported). The words of a comment hidden
/// for half a year go too: long enough for the author to object and a coordinator to restore it; the placeholder and
/// the reason the author reads stay.
/// </summary>
public sealed class ConversationRetention(AppDbContext db, TimeProvider clock) : IRetentionRule
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
        return $"{reports} resolved reports removed, {texts} hidden comments' words removed";
    }
}
