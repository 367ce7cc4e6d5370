namespace Inclusief.Web.Features.Events;

/// <summary>A registrant's choice of a breakout session: a confirmed place, or a place in that session's queue.</summary>
public class SessionChoice
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid RegistrationId { get; private set; }

    public Guid SessionId { get; private set; }

    public Guid RoundId { get; private set; }

    public SessionChoiceStatus Status { get; private set; }

    public DateTime QueuedAt { get; private set; }

    /// <summary>Place in this session's line (see <see cref="EventRegistration.QueuePosition"/>).</summary>
    public long QueuePosition { get; private set; }

    public static SessionChoice Create(Guid registrationId, EventSession session, SessionChoiceStatus status, long queuePosition, DateTime now) => new()
    {
        RegistrationId = registrationId,
        SessionId = session.Id,
        RoundId = session.RoundId,
        Status = status,
        QueuedAt = now,
        QueuePosition = queuePosition,
    };

    public void Confirm() => Status = SessionChoiceStatus.Confirmed;
}
