namespace Inclusief.Web.Features.Conversation;

/// <summary>What someone can follow: anything that takes comments (the same names as <see cref="CommentSubjectKind"/>), a knowledge theme, or the events list.</summary>
public enum FollowTarget
{
    Idea,
    SubProject,
    ProjectResult,
    KnowledgeItem,
    EventWriteUp,
    KnowledgeTheme,
    Events,

    /// <summary>Not followed, but what a notification of an invitation to a feedback round is about.</summary>
    FeedbackRound,
}

public static class FollowTargets
{
    public static FollowTarget Of(CommentSubjectKind kind) => Enum.Parse<FollowTarget>(kind.ToString());

    public static CommentSubjectKind? AsSubject(FollowTarget target) =>
        Enum.TryParse<CommentSubjectKind>(target.ToString(), out var kind) ? kind : null;
}
