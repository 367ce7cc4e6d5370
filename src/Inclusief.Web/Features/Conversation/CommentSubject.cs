namespace Inclusief.Web.Features.Conversation;

/// <summary>
/// Something a reader may comment on, as one reader sees it: what it is, where its page is, and whether everyone may
/// read it (a thread on a public item is shown to visitors; on anything else only to those who may read the item).
/// </summary>
public sealed record CommentSubject(CommentSubjectKind Kind, string Key, string Title, string Path, bool IsPublic)
{
    public const int KeyMaxLength = 40;
}
