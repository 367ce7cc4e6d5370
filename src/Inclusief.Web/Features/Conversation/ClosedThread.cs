namespace Inclusief.Web.Features.Conversation;

/// <summary>An item on which a coordinator closed the comments: the thread stays readable, nobody adds to it.</summary>
public class ClosedThread
{
    public CommentSubjectKind SubjectKind { get; private set; }

    public string SubjectKey { get; private set; } = "";

    public DateTime ClosedAt { get; private set; }

    public static ClosedThread Close(CommentSubject subject, DateTime now) => new() { SubjectKind = subject.Kind, SubjectKey = subject.Key, ClosedAt = now };
}
