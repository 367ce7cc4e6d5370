namespace Inclusief.Web.Features.Participation;

/// <summary>
/// The introductory conversation (kennismakingsgesprek) after a sign-up. Moving it keeps the calendar UID
/// and raises the sequence, so the applicant's calendar updates the invitation instead of adding one.
/// </summary>
public class IntakeConversation
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid ParticipantId { get; private set; }

    public DateTime StartsAt { get; private set; }

    public int DurationMinutes { get; private set; }

    public string? Location { get; private set; }

    public string? OnlineLink { get; private set; }

    public IntakeStatus Status { get; private set; }

    public string? RequestNote { get; private set; }

    public int Sequence { get; private set; }

    public string CalendarUid { get; private set; } = "";

    public static IntakeConversation Plan(Guid participantId, DateTime startsAt, int durationMinutes, string? location, string? onlineLink, int sequence, string? calendarUid) => new()
    {
        ParticipantId = participantId,
        StartsAt = startsAt,
        DurationMinutes = durationMinutes,
        Location = string.IsNullOrWhiteSpace(location) ? null : location.Trim(),
        OnlineLink = string.IsNullOrWhiteSpace(onlineLink) ? null : onlineLink.Trim(),
        Status = IntakeStatus.Planned,
        Sequence = sequence,
        CalendarUid = calendarUid ?? $"intake-{participantId:N}@inclusief",
    };

    public DateTime EndsAt => StartsAt.AddMinutes(DurationMinutes);

    public void RequestOtherTime(string note)
    {
        Status = IntakeStatus.OtherTimeRequested;
        RequestNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    public void MarkHeld() => Status = IntakeStatus.Held;

    public void Cancel() => Status = IntakeStatus.Cancelled;
}
