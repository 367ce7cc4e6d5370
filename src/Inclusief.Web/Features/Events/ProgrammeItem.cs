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
        var item = new ProgrammeItem { EventId = eventId };
        item.Change(startsAt, title, description);
        return item;
    }

    public void Change(DateTime startsAt, string title, string? description)
    {
        RuleException.Unless(!string.IsNullOrWhiteSpace(title), "Geef het programmaonderdeel een titel.");
        StartsAt = startsAt;
        Title = title.Trim();
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
    }
}
