using Inclusief.Web.Features.Conversation;

namespace Inclusief.Web.Features.Notifications;

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

    /// <summary>Not followed, but what a notification of a new event is about.</summary>
    Event,

    /// <summary>Not followed, but what a notification of an invitation to a feedback round is about.</summary>
    FeedbackRound,
}

public static class FollowTargets
{
    public static FollowTarget Of(CommentSubjectKind kind) => kind switch
    {
        CommentSubjectKind.Idea => FollowTarget.Idea,
        CommentSubjectKind.SubProject => FollowTarget.SubProject,
        CommentSubjectKind.ProjectResult => FollowTarget.ProjectResult,
        CommentSubjectKind.KnowledgeItem => FollowTarget.KnowledgeItem,
        CommentSubjectKind.EventWriteUp => FollowTarget.EventWriteUp,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Every kind of thing that takes comments can be followed: name it here."),
    };

    public static CommentSubjectKind? AsSubject(FollowTarget target) => target switch
    {
        FollowTarget.Idea => CommentSubjectKind.Idea,
        FollowTarget.SubProject => CommentSubjectKind.SubProject,
        FollowTarget.ProjectResult => CommentSubjectKind.ProjectResult,
        FollowTarget.KnowledgeItem => CommentSubjectKind.KnowledgeItem,
        FollowTarget.EventWriteUp => CommentSubjectKind.EventWriteUp,
        _ => null,
    };
}
