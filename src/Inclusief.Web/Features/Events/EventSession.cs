namespace Inclusief.Web.Features.Events;

/// <summary>A breakout session (deelsessie) within a round, with its own number of places.</summary>
public class EventSession
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 2000;
    public const int RoomMaxLength = 200;

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid RoundId { get; private set; }

    /// <summary>Where the organiser put it in its round: sessions are shown in this order, not by title.</summary>
    public int Order { get; private set; }

    public string Title { get; private set; } = "";

    public string? Description { get; private set; }

    public string? Room { get; private set; }

    public int Capacity { get; private set; }

    public static EventSession Create(Guid roundId, int order, string title, string? description, string? room, int capacity)
    {
        var session = new EventSession { RoundId = roundId, Order = order };
        session.Describe(title, description, room, capacity, taken: 0);
        return session;
    }

    /// <summary>Changes what the session is; its places never drop below the places already confirmed in it.</summary>
    public void Describe(string title, string? description, string? room, int capacity, int taken)
    {
        RuleException.Unless(!string.IsNullOrWhiteSpace(title), "Geef de deelsessie een titel.");
        RuleException.Unless(title.Length <= TitleMaxLength, "Geef de deelsessie een titel van hoogstens {0} tekens.", TitleMaxLength);
        if ((description?.Length ?? 0) > DescriptionMaxLength)
        {
            throw RuleException.TooLong("De toelichting", DescriptionMaxLength);
        }
        if ((room?.Length ?? 0) > RoomMaxLength)
        {
            throw RuleException.TooLong("De zaal", RoomMaxLength);
        }
        RuleException.Unless(capacity >= 1, "Een deelsessie heeft minstens één plaats.");
        RuleException.Unless(capacity >= taken, "Er hebben al {0} mensen een plaats in deze deelsessie; maak hem niet kleiner dan dat.", taken);
        Title = title.Trim();
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        Room = string.IsNullOrWhiteSpace(room) ? null : room.Trim();
        Capacity = capacity;
    }

    public void MoveTo(int order) => Order = order;
}
