namespace Inclusief.Web.Features.Events;

/// <summary>A plenary part of the programme: a welcome, a keynote, a panel, the closing.</summary>
public class ProgrammeItem
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 2000;

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
        RuleException.Unless(title.Length <= TitleMaxLength, "Geef het programmaonderdeel een titel van hoogstens {0} tekens.", TitleMaxLength);
        if ((description?.Length ?? 0) > DescriptionMaxLength)
        {
            throw RuleException.TooLong("De toelichting", DescriptionMaxLength);
        }
        StartsAt = startsAt;
        Title = title.Trim();
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
    }
}
