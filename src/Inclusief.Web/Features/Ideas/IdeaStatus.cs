namespace Inclusief.Web.Features.Ideas;

/// <summary>
/// new → under review → (more information needed ⇄ under review) → accepted / parked / declined.
/// A parked idea can be reopened; accepted and declined are final.
/// </summary>
public enum IdeaStatus
{
    New,
    UnderReview,
    MoreInformationNeeded,
    Accepted,
    Parked,
    Declined,
}

public static class IdeaStatuses
{
    public static string Label(IdeaStatus status) => status switch
    {
        IdeaStatus.New => "Nieuw",
        IdeaStatus.UnderReview => "Wordt bekeken",
        IdeaStatus.MoreInformationNeeded => "Meer informatie nodig",
        IdeaStatus.Accepted => "Aangenomen",
        IdeaStatus.Parked => "Geparkeerd",
        _ => "Afgewezen",
    };

    public static bool IsOpen(IdeaStatus status) => status is IdeaStatus.New or IdeaStatus.UnderReview or IdeaStatus.MoreInformationNeeded;
}
