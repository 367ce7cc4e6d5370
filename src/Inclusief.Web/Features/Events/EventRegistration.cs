using Inclusief.Web.Infrastructure.Security;

namespace Inclusief.Web.Features.Events;

/// <summary>
/// One person's registration for an event: a place, a place on the waitlist, or cancelled. No account needed;
/// the address is for the confirmation and the personal link to change or cancel (see <see cref="RegistrationLink"/>).
/// </summary>
public class EventRegistration
{
    public const string SubjectType = "event-registration";
    public const string NeedsCipherPurpose = "events.registration-needs";
    public const string SmsCipherPurpose = "events.registration-sms";
    public const int NameMaxLength = 100;
    public const int OrganisationMaxLength = 200;
    public const int NeedsMaxLength = 500;

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid EventId { get; private set; }

    /// <summary>Six characters from an alphabet without look-alikes (no 0/O, 1/I), for check-in at the door.</summary>
    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string Email { get; private set; } = "";

    /// <summary>The address in lower case: registering again with it updates this registration.</summary>
    public string EmailKey { get; private set; } = "";

    public string? Organisation { get; private set; }

    public RoleCategory? Role { get; private set; }

    /// <summary>Dietary and accessibility needs can reveal health: encrypted at rest.</summary>
    public string? EncryptedNeeds { get; private set; }

    public string? UserId { get; private set; }

    /// <summary>A mobile number for a content-free reminder the day before, if the registrant added one; its keyed hash lets a reply STOP find it.</summary>
    public string? EncryptedSmsNumber { get; private set; }

    public string? SmsKey { get; private set; }

    public const string SmsScope = "event-registration";

    public string Culture { get; private set; } = "nl";

    public RegistrationStatus Status { get; private set; }

    public Seat Seat { get; private set; }

    /// <summary>When the current place or place in line was asked for.</summary>
    public DateTime QueuedAt { get; private set; }

    /// <summary>Place in line: the event's seat version when it was taken, unique and rising per event (clocks can tie).</summary>
    public long QueuePosition { get; private set; }

    /// <summary>When the current place was taken; a reminder scheduled for an earlier place is stale.</summary>
    public DateTime? RegisteredAt { get; private set; }

    public DateTime? CancelledAt { get; private set; }

    public DateTime? CheckedInAt { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public List<SessionChoice> Choices { get; private set; } = [];

    public sealed record Details(string Name, string Email, string? Organisation, RoleCategory? Role, string? EncryptedNeeds, string Culture, string? UserId);

    public static string NormaliseEmail(string email) => email.Trim().ToLowerInvariant();

    public static string NormaliseCode(string? code) =>
        new string((code ?? "").Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();

    public string DisplayCode => $"{Code[..3]}-{Code[3..]}";

    public static EventRegistration Create(Guid eventId, Details details, Seat seat, long queuePosition, DateTime now)
    {
        var registration = new EventRegistration
        {
            EventId = eventId,
            Code = RandomCode.Of(6, RandomCode.Legible),
            CreatedAt = now,
        };
        registration.Update(details);
        registration.Take(seat, queuePosition, now);
        return registration;
    }

    public void Update(Details details)
    {
        Name = details.Name.Trim();
        Email = details.Email.Trim();
        EmailKey = NormaliseEmail(details.Email);
        Organisation = string.IsNullOrWhiteSpace(details.Organisation) ? null : details.Organisation.Trim();
        Role = details.Role;
        EncryptedNeeds = details.EncryptedNeeds;
        Culture = details.Culture;
        UserId = details.UserId ?? UserId;
    }

    public void TextMeAt(string encryptedNumber, string numberKey)
    {
        EncryptedSmsNumber = encryptedNumber;
        SmsKey = numberKey;
    }

    public void StopSms()
    {
        EncryptedSmsNumber = null;
        SmsKey = null;
    }

    /// <summary>Registering again after cancelling: back in, with a place or at the end of the line.</summary>
    public void Rejoin(Seat seat, long queuePosition, DateTime now)
    {
        if (Status != RegistrationStatus.Cancelled)
        {
            throw new RuleException("Je bent al aangemeld.");
        }
        CancelledAt = null;
        CheckedInAt = null;
        Take(seat, queuePosition, now);
    }

    private void Take(Seat seat, long queuePosition, DateTime now)
    {
        QueuedAt = now;
        QueuePosition = queuePosition;
        if (seat == Seat.None)
        {
            Status = RegistrationStatus.Waitlisted;
            Seat = Seat.None;
            RegisteredAt = null;
        }
        else
        {
            Status = RegistrationStatus.Registered;
            Seat = seat;
            RegisteredAt = now;
        }
    }

    public void Promote(Seat seat, DateTime now)
    {
        if (Status != RegistrationStatus.Waitlisted || seat == Seat.None)
        {
            throw new RuleException("Alleen iemand op de wachtlijst kan een plaats krijgen.");
        }
        Status = RegistrationStatus.Registered;
        Seat = seat;
        RegisteredAt = now;
    }

    /// <summary>Cancels and returns the place it frees (None for someone leaving the waitlist).</summary>
    public Seat Cancel(DateTime now)
    {
        if (Status == RegistrationStatus.Cancelled)
        {
            throw new RuleException("Deze aanmelding is al geannuleerd.");
        }
        var freed = Seat;
        Status = RegistrationStatus.Cancelled;
        Seat = Seat.None;
        RegisteredAt = null;
        CheckedInAt = null;
        CancelledAt = now;
        Choices.Clear();
        // No reminder is coming, so the number has no use left.
        StopSms();
        return freed;
    }

    public void CheckIn(DateTime now)
    {
        if (Status != RegistrationStatus.Registered)
        {
            throw new RuleException(Status == RegistrationStatus.Waitlisted
                ? "Deze persoon staat op de wachtlijst en heeft nog geen plaats."
                : "Deze aanmelding is geannuleerd.");
        }
        CheckedInAt ??= now;
    }

    public void UndoCheckIn() => CheckedInAt = null;

    public bool Holds(Guid sessionId) => Choices.Any(c => c.SessionId == sessionId && c.Status == SessionChoiceStatus.Confirmed);
}
