namespace Inclusief.Web.Features.Ideas;

/// <summary>What someone brings in (seed 000: "een kwestie of knelpunt, of een al lopend project").</summary>
public enum IdeaKind
{
    ProjectIdea,
    Bottleneck,
    RunningProject,
    ResearchRequest,
    ShelvedPlan,
}

public static class IdeaKinds
{
    public static readonly IReadOnlyList<IdeaKind> All = Enum.GetValues<IdeaKind>();

    public static string Label(IdeaKind kind) => kind switch
    {
        IdeaKind.ProjectIdea => "Een idee voor een project",
        IdeaKind.Bottleneck => "Een kwestie of knelpunt",
        IdeaKind.RunningProject => "Een lopend project dat je wilt onderbrengen",
        IdeaKind.ResearchRequest => "Een onderzoeksvraag",
        _ => "Een plan dat op de plank ligt",
    };
}
