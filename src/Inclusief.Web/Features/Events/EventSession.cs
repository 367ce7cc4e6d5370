namespace Inclusief.Web.Features.Events;

/// <summary>A breakout session (deelsessie) within a round, with its own number of places.</summary>
public class EventSession
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid RoundId { get; private set; }

    public string Title { get; private set; } = "";

    public string? Description { get; private set; }

    public string? Room { get; private set; }

    public int Capacity { get; private set; }

    public static EventSession Create(Guid roundId, string title, string? description, string? room, int capacity)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new RuleException("Geef de deelsessie een titel.");
        }
        if (capacity < 1)
        {
            throw new RuleException("Een deelsessie heeft minstens één plaats.");
        }
        return new EventSession
        {
            RoundId = roundId,
            Title = title.Trim(),
            Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim(),
            Room = string.IsNullOrWhiteSpace(room) ? null : room.Trim(),
            Capacity = capacity,
        };
    }
}
