namespace Inclusief.Web.Features.Participation;

/// <summary>new → intake planned → active → ended, or declined (with a reason). Ended and declined are final.</summary>
public enum ParticipationStatus
{
    New,
    IntakePlanned,
    Active,
    Ended,
    Declined,
}

public static class ParticipationStatuses
{
    public static string Label(ParticipationStatus status) => status switch
    {
        ParticipationStatus.New => "Nieuw",
        ParticipationStatus.IntakePlanned => "Kennismaking gepland",
        ParticipationStatus.Active => "Actief",
        ParticipationStatus.Ended => "Beëindigd",
        _ => "Afgewezen",
    };
}
