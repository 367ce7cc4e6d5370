namespace Inclusief.Web.Features.Events;

/// <summary>A member of the expert group who chairs (neutrally) or speaks at an event, shown by their chosen name.</summary>
public class EventSpeaker
{
    public Guid EventId { get; private set; }

    public Guid ParticipantId { get; private set; }

    public bool IsChair { get; private set; }

    public static EventSpeaker Create(Guid eventId, Guid participantId, bool isChair) => new() { EventId = eventId, ParticipantId = participantId, IsChair = isChair };
}
