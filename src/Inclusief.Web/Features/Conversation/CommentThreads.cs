using System.Security.Claims;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

using Inclusief.Web.Features.Notifications;

namespace Inclusief.Web.Features.Conversation;

/// <summary>
/// Reading and writing a thread: a page of comments with their replies, and the rules around writing one (signed in,
/// not suspended, the thread open, not too many at once). The subject is found first (<see cref="CommentSubjects"/>),
/// so nobody reads or writes where they may not read the item.
/// </summary>
public sealed class CommentThreads(AppDbContext db, IAuthorizationService authorization, Follows follows, TimeProvider clock)
{
    public const int PageSize = 20;

    /// <summary>The most comments an account writes in <see cref="Window"/>: a conversation, not a flood from one account.</summary>
    public const int PerWindow = 10;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    public async Task<CommentThread> LoadAsync(CommentSubject subject, int page, ClaimsPrincipal reader, Func<int, string> pageUrl)
    {
        page = Pager.Valid(page);
        var userId = reader.FindFirstValue(ClaimTypes.NameIdentifier);
        var now = clock.GetUtcNow().UtcDateTime;
        var comments = db.Set<Comment>().AsNoTracking().Where(c => c.SubjectKind == subject.Kind && c.SubjectKey == subject.Key);
        var counts = await comments.GroupBy(c => 1)
            .Select(g => new { TopLevel = g.Count(c => c.ParentId == null), Shown = g.Count(c => c.DeletedAt == null && c.HiddenAt == null) })
            .SingleOrDefaultAsync();
        var (topLevel, count) = (counts?.TopLevel ?? 0, counts?.Shown ?? 0);
        var top = await comments.Where(c => c.ParentId == null).OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync();
        var ids = top.Select(c => (Guid?)c.Id).ToList();
        var replies = ids.Count == 0 ? [] : await comments.Where(c => ids.Contains(c.ParentId)).OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).ToListAsync();
        var authorIds = top.Concat(replies).Select(c => c.AuthorId).OfType<string>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => authorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        CommentThread.Entry Entry(Comment c, IReadOnlyList<CommentThread.Entry> under) =>
            new(c, c.AuthorId is null ? null : names.GetValueOrDefault(c.AuthorId), under, c.AuthorId is not null && c.AuthorId == userId, c.CanBeEditedBy(userId, now));
        var entries = top.Select(c => Entry(c, replies.Where(r => r.ParentId == c.Id).Select(r => Entry(r, [])).ToList())).ToList();
        var target = FollowTargets.Of(subject.Kind);
        var follow = userId is null ? null
            : new FollowButton(target, subject.Key, subject.Title, await follows.IsFollowingAsync(userId, target, subject.Key), $"{subject.Path}#reacties");
        return new CommentThread(subject, count, entries, Pager.Counted(page, topLevel, PageSize, pageUrl),
            await IsClosedAsync(subject), await ReaderAsync(reader, now), follow);
    }

    /// <summary>Writes a comment or a reply; throws a <see cref="RuleException"/> with the reason when it may not be written now.</summary>
    public async Task<Comment> WriteAsync(CommentSubject subject, Guid? parentId, string authorId, string text, Guid newId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await EnsureMayWriteAsync(subject, authorId, now);
        var parent = parentId is { } id ? await db.Set<Comment>().SingleOrDefaultAsync(c => c.Id == id) : null;
        RuleException.Unless(parentId is null || parent is not null, "De reactie waarop je antwoordt, bestaat niet meer.");
        var since = now - Window;
        RuleException.Unless(await db.Set<Comment>().CountAsync(c => c.AuthorId == authorId && c.CreatedAt > since) < PerWindow,
            "Je hebt de afgelopen tien minuten al {0} reacties geschreven. Wacht even en probeer het dan opnieuw; je tekst staat nog hieronder.", PerWindow);
        var comment = Comment.Write(subject, parent, authorId, text, now, newId);
        db.Add(comment);
        return comment;
    }

    /// <summary>The page of the thread a comment is on: a reply is on its parent's page.</summary>
    public async Task<int> PageOfAsync(Comment comment)
    {
        var top = comment.ParentId is { } parentId ? await db.Set<Comment>().AsNoTracking().SingleAsync(c => c.Id == parentId) : comment;
        var thread = db.Set<Comment>().Where(c => c.SubjectKind == top.SubjectKind && c.SubjectKey == top.SubjectKey && c.ParentId == null);
        var before = await thread.CountAsync(c => c.CreatedAt < top.CreatedAt);
        // Comments written in the same instant are ordered by id, as the database orders them on the thread's page.
        var sameInstant = await thread.Where(c => c.CreatedAt == top.CreatedAt).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync();
        var position = sameInstant.IndexOf(top.Id);
        // A comment not saved yet comes after everything written in its instant.
        return (before + (position < 0 ? sameInstant.Count : position)) / PageSize + 1;
    }

    /// <summary>Where a comment is read: its item's page, on the thread's page that holds it, at the comment.</summary>
    public async Task<string> AddressOfAsync(CommentSubject subject, Comment comment)
    {
        var page = await PageOfAsync(comment);
        return page == 1 ? $"{subject.Path}#reactie-{comment.Id}" : $"{subject.Path}?{Pager.Parameter}={page}#reactie-{comment.Id}";
    }

    public async Task EnsureMayWriteAsync(CommentSubject subject, string userId, DateTime now)
    {
        RuleException.Unless(!await IsClosedAsync(subject), "De reacties op dit onderwerp zijn gesloten.");
        if (await SuspensionAsync(userId, now) is { } reason)
        {
            throw new RuleException("Je kunt op dit moment niet reageren. Reden: {0}", reason);
        }
    }

    public Task<bool> IsClosedAsync(CommentSubject subject) =>
        db.Set<ClosedThread>().AnyAsync(t => t.SubjectKind == subject.Kind && t.SubjectKey == subject.Key);

    private async Task<string?> SuspensionAsync(string userId, DateTime now) =>
        await db.Set<CommentingSuspension>().AsNoTracking().SingleOrDefaultAsync(s => s.UserId == userId) is { } suspension && suspension.HoldsAt(now)
            ? suspension.Reason
            : null;

    private async Task<CommentThread.Reader> ReaderAsync(ClaimsPrincipal reader, DateTime now)
    {
        if (reader.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return new CommentThread.Reader(SignedIn: false, IsModerator: false, Suspension: null);
        }
        var moderator = (await authorization.AuthorizeAsync(reader, ConversationPermissions.Moderate)).Succeeded;
        return new CommentThread.Reader(SignedIn: true, moderator, await SuspensionAsync(userId, now));
    }
}
