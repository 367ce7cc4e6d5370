namespace Inclusief.Web.Features.Knowledge;

/// <summary>Draft (the author works on it) → in review (an editor looks) → published; an editor may archive a published item.</summary>
public enum KnowledgeStatus
{
    Draft,
    InReview,
    Published,
    Archived,
}

public enum KnowledgeVisibility
{
    Public,
    Members,
}

public static class KnowledgeStatuses
{
    /// <summary>The Dutch name shown for a status (translated like any other text).</summary>
    public static string Label(KnowledgeStatus status) => status switch
    {
        KnowledgeStatus.InReview => "Ter beoordeling",
        KnowledgeStatus.Published => "Gepubliceerd",
        KnowledgeStatus.Archived => "Gearchiveerd",
        _ => "Concept",
    };
}
