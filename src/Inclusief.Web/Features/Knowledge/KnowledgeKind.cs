namespace Inclusief.Web.Features.Knowledge;

/// <summary>What the programme publishes (seed 004): writing, working material, teaching and media.</summary>
public enum KnowledgeKind
{
    Article,
    Essay,
    Report,
    Guide,
    Method,
    TeachingModule,
    Media,
    News,
}

public static class KnowledgeKinds
{
    public static readonly IReadOnlyList<KnowledgeKind> All = Enum.GetValues<KnowledgeKind>();

    /// <summary>The Dutch name shown for a kind (translated like any other text).</summary>
    public static string Label(KnowledgeKind kind) => kind switch
    {
        KnowledgeKind.Article => "Artikel",
        KnowledgeKind.Essay => "Essay",
        KnowledgeKind.Report => "Rapport",
        KnowledgeKind.Guide => "Handreiking",
        KnowledgeKind.Method => "Methode of werkvorm",
        KnowledgeKind.TeachingModule => "Lesmodule",
        KnowledgeKind.Media => "Podcast of video",
        KnowledgeKind.News => "Nieuws",
        _ => kind.ToString(),
    };
}
