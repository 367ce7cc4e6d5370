namespace Inclusief.Web.Features.Events;

/// <summary>
/// Where an event is in its life: a draft only organisers see, published, moved (a new time or place after it was
/// published), cancelled, or held. Derived from the event and the clock, never stored, so it cannot disagree.
/// </summary>
public enum EventStatus
{
    Draft,
    Published,
    Moved,
    Cancelled,
    Held,
}

public static class EventStatuses
{
    public static string Label(EventStatus status) => status switch
    {
        EventStatus.Draft => "Concept",
        EventStatus.Published => "Gepubliceerd",
        EventStatus.Moved => "Verplaatst",
        EventStatus.Cancelled => "Gaat niet door",
        _ => "Geweest",
    };
}
