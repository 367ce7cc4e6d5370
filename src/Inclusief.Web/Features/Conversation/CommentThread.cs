using Inclusief.Web.Infrastructure.Pages;

using Inclusief.Web.Features.Notifications;

namespace Inclusief.Web.Features.Conversation;

/// <summary>One page of the comments on an item, as one reader sees them (<c>_Comments</c>).</summary>
public sealed record CommentThread(
    CommentSubject Subject,
    int Count,
    IReadOnlyList<CommentThread.Entry> Comments,
    Pager Pager,
    bool IsClosed,
    CommentThread.Reader Viewer,
    FollowButton? Follow)
{
    /// <summary>A comment with its replies (one level), its author's pseudonym, and what this reader may do with it.</summary>
    public sealed record Entry(Comment Comment, string? Author, IReadOnlyList<Entry> Replies, bool IsMine, bool CanEdit);

    /// <summary>Who reads: signed in or not, a moderator or not, and why they may not write when they may not.</summary>
    public sealed record Reader(bool SignedIn, bool IsModerator, string? Suspension)
    {
        public bool MayWrite => SignedIn && Suspension is null;
    }
}
