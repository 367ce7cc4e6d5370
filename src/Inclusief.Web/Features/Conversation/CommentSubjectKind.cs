namespace Inclusief.Web.Features.Conversation;

/// <summary>What a comment is about. Each kind's own feature decides who may read it (<see cref="CommentSubjects"/>).</summary>
public enum CommentSubjectKind
{
    Idea,
    SubProject,
    ProjectResult,
    KnowledgeItem,
    EventWriteUp,
}
