namespace Inclusief.Web.Features.Events;

/// <summary>A round of parallel breakout sessions; a registrant chooses at most one session per round.</summary>
public class EventRound
{
    public const int TitleMaxLength = 200;

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid EventId { get; private set; }

    public int Order { get; private set; }

    public string Title { get; private set; } = "";

    public DateTime? StartsAt { get; private set; }

    public DateTime? EndsAt { get; private set; }

    public List<EventSession> Sessions { get; private set; } = [];

    public static EventRound Create(Guid eventId, int order, string title, DateTime? startsAt, DateTime? endsAt)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new RuleException("Geef de ronde een naam, bijvoorbeeld ‘Eerste ronde’.");
        }
        RuleException.Unless(title.Length <= TitleMaxLength, "Geef de ronde een naam van hoogstens {0} tekens.", TitleMaxLength);
        if (startsAt is { } start && endsAt is { } end && end <= start)
        {
            throw new RuleException("Het einde moet na het begin liggen.");
        }
        return new EventRound { EventId = eventId, Order = order, Title = title.Trim(), StartsAt = startsAt, EndsAt = endsAt };
    }

    public EventSession AddSession(string title, string? description, string? room, int capacity)
    {
        var session = EventSession.Create(Id, Sessions.Count == 0 ? 1 : Sessions.Max(s => s.Order) + 1, title, description, room, capacity);
        Sessions.Add(session);
        return session;
    }

    /// <summary>One place earlier (-1) or later (+1) in the round.</summary>
    public void MoveSession(Guid sessionId, int direction) =>
        Ordering.Move(Sessions, s => s.Order, (s, order) => s.MoveTo(order), s => s.Id == sessionId, direction);

    public void MoveTo(int order) => Order = order;

    /// <summary>A new name or new times, checked by the same rules as a new round.</summary>
    public void Change(string title, DateTime? startsAt, DateTime? endsAt)
    {
        var checkedRound = Create(EventId, Order, title, startsAt, endsAt);
        (Title, StartsAt, EndsAt) = (checkedRound.Title, checkedRound.StartsAt, checkedRound.EndsAt);
    }
}
