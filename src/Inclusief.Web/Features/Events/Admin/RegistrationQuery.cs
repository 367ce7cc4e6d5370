namespace Inclusief.Web.Features.Events.Admin;

/// <summary>The organiser's filters on a registrations list; role category is deliberately not among them (aggregates only).</summary>
public sealed class RegistrationQuery
{
    public RegistrationStatus? Status { get; set; }

    public Guid? SessionId { get; set; }

    public bool? Present { get; set; }

    /// <summary>A name, an address or a registration code.</summary>
    public string? Search { get; set; }

    public IQueryable<EventRegistration> Apply(IQueryable<EventRegistration> registrations, Guid eventId)
    {
        var query = registrations.Where(r => r.EventId == eventId);
        if (Status == RegistrationStatus.Waitlisted)
        {
            // Waiting is waiting: for a place at the event, or for a place in a breakout session.
            query = query.Where(r => r.Status == RegistrationStatus.Waitlisted
                || (r.Status == RegistrationStatus.Registered && r.Choices.Any(c => c.Status == SessionChoiceStatus.Waitlisted)));
        }
        else if (Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }
        if (SessionId is { } session)
        {
            query = query.Where(r => r.Choices.Any(c => c.SessionId == session));
        }
        if (Present is { } present)
        {
            query = present ? query.Where(r => r.CheckedInAt != null) : query.Where(r => r.CheckedInAt == null);
        }
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var term = Search.Trim().ToUpperInvariant();
            var code = EventRegistration.NormaliseCode(Search);
#pragma warning disable CA1304, CA1311, CA1862 // Translated to SQL UPPER(); an overload with a culture or comparison cannot be translated.
            query = query.Where(r => r.Name.ToUpper().Contains(term) || r.EmailKey.ToUpper().Contains(term) || (code.Length == 6 && r.Code == code));
#pragma warning restore CA1304, CA1311, CA1862
        }
        return query;
    }
}
