namespace Inclusief.Web.Features.Events;

/// <summary>A plenary part of the programme: a welcome, a keynote, a panel, the closing.</summary>
public class ProgrammeItem
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid EventId { get; private set; }

    public DateTime StartsAt { get; private set; }

    public string Title { get; private set; } = "";

    public string? Description { get; private set; }

    public static ProgrammeItem Create(Guid eventId, DateTime startsAt, string title, string? description)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new RuleException("Geef het programmaonderdeel een titel.");
        }
        return new ProgrammeItem
        {
            EventId = eventId,
            StartsAt = startsAt,
            Title = title.Trim(),
            Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim(),
        };
    }
}
