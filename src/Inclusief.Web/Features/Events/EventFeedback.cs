namespace Inclusief.Web.Features.Events;

/// <summary>An attendee's short evaluation after the event; one per registration, editable.</summary>
public class EventFeedback
{
    public const int TextMaxLength = 2000;

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid EventId { get; private set; }

    public Guid RegistrationId { get; private set; }

    public int Rating { get; private set; }

    public string? Valuable { get; private set; }

    public string? Improvement { get; private set; }

    public DateTime SubmittedAt { get; private set; }

    public static EventFeedback Start(Guid eventId, Guid registrationId) => new() { EventId = eventId, RegistrationId = registrationId };

    public void Give(int rating, string? valuable, string? improvement, DateTime now)
    {
        if (rating is < 1 or > 5)
        {
            throw new RuleException("Geef een cijfer van 1 tot 5.");
        }
        Rating = rating;
        Valuable = string.IsNullOrWhiteSpace(valuable) ? null : valuable.Trim();
        Improvement = string.IsNullOrWhiteSpace(improvement) ? null : improvement.Trim();
        SubmittedAt = now;
    }
}
