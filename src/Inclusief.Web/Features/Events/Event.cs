using System.Security.Cryptography;
using Inclusief.Web.Infrastructure.Security;

namespace Inclusief.Web.Features.Events;

/// <summary>
/// A gathering people register for: a theme meeting, symposium, dialogue table, knowledge café and the like.
/// Places are counted from the registrations themselves; <see cref="SeatVersion"/> is bumped by every change
/// to them, which serialises those changes per event (see <see cref="RegistrationDesk"/>).
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716", Justification = "Event is the glossary's name; the app is C# only.")]
public class Event
{
    public const int TextMaxLength = 4000;
    public const int TitleMaxLength = 200;
    public const int VenueOrLinkMaxLength = 500;
    public const int LanguagesMaxLength = 200;
    public const int AccessibilityMaxLength = 2000;
    public const int CancellationReasonMaxLength = 2000;
    public const string SubjectType = "event";

    public Guid Id { get; private set; } = Guid.NewGuid();

    public EventType Type { get; private set; }

    public string Title { get; private set; } = "";

    public string Description { get; private set; } = "";

    public DateTime StartsAt { get; private set; }

    public DateTime EndsAt { get; private set; }

    /// <summary>Name and address of the place, if there is one.</summary>
    public string? Venue { get; private set; }

    /// <summary>Only shown to registered people.</summary>
    public string? OnlineLink { get; private set; }

    public EventAudience Audience { get; private set; }

    public string Languages { get; private set; } = "";

    /// <summary>The language the title and description are written in, so a page in another language marks them as such.</summary>
    public string TextLanguage { get; private set; } = "nl";

    public string? AccessibilityInfo { get; private set; }

    public int Capacity { get; private set; }

    public int ReservedPlaces { get; private set; }

    public RoleCategory? ReservedFor { get; private set; }

    public DateTime RegistrationOpensAt { get; private set; }

    public DateTime RegistrationClosesAt { get; private set; }

    /// <summary>The code in the invitation link of an invitation-only event.</summary>
    public string? InvitationCode { get; private set; }

    /// <summary>Null while the event is a draft: then only organisers see it, and nobody can register.</summary>
    public DateTime? PublishedAt { get; private set; }

    public bool IsPublished => PublishedAt is not null;

    public bool IsCancelled { get; private set; }

    public string? CancellationReason { get; private set; }

    /// <summary>Raised when time or place changes, so calendar entries sent earlier are updated (RFC 5545 SEQUENCE).</summary>
    public int Sequence { get; private set; }

    public long SeatVersion { get; private set; }

    public string? Impression { get; private set; }

    public string? Agreements { get; private set; }

    public string? OpenQuestions { get; private set; }

    public string? MinorityViews { get; private set; }

    public DateTime? WriteUpPublishedAt { get; private set; }

    public string CreatedById { get; private set; } = "";

    /// <summary>The action research trajectory this event is a focus group of, if it is one.</summary>
    public Guid? TrajectoryId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public List<EventRound> Rounds { get; private set; } = [];

    public List<ProgrammeItem> ProgrammeItems { get; private set; } = [];

    public List<EventSpeaker> Speakers { get; private set; } = [];

    public string CalendarUid => $"event-{Id:N}@inclusief";

    public sealed record Draft(
        EventType Type, string Title, string Description, DateTime StartsAt, DateTime EndsAt, string? Venue, string? OnlineLink,
        EventAudience Audience, string Languages, string? AccessibilityInfo, int Capacity, int ReservedPlaces, RoleCategory? ReservedFor,
        DateTime RegistrationOpensAt, DateTime RegistrationClosesAt, string TextLanguage = "nl");

    /// <summary>A new event is a draft: its programme can be put together before anyone sees it.</summary>
    public static Event Plan(Draft draft, string createdById, DateTime now)
    {
        EnsureAhead(draft, now);
        var planned = new Event { CreatedById = createdById, CreatedAt = now };
        planned.Apply(draft, 0, 0);
        return planned;
    }

    /// <summary>Changes the details; returns true when time or place changed, so registrants must be told.</summary>
    public bool Change(Draft draft, int takenGeneral, int takenReserved, DateTime now)
    {
        var before = (StartsAt, EndsAt, Venue, OnlineLink);
        if ((draft.StartsAt, draft.EndsAt) != (StartsAt, EndsAt))
        {
            EnsureAhead(draft, now);
        }
        Apply(draft, takenGeneral, takenReserved);
        // A draft has told nobody anything yet: correcting it is not moving it.
        if (before == (StartsAt, EndsAt, Venue, OnlineLink) || !IsPublished)
        {
            return false;
        }
        Sequence++;
        return true;
    }

    /// <summary>Makes the event a focus group of an action research trajectory: its invitations, registrations and write-up are the trajectory's.</summary>
    public void BelongToTrajectory(Guid trajectoryId)
    {
        RuleException.Unless(Type == EventType.FocusGroup && Audience == EventAudience.InvitationOnly, "Een focusgroep van een actieonderzoek is een focusgroep op uitnodiging.");
        TrajectoryId = trajectoryId;
    }

    public void Publish(DateTime now)
    {
        RuleException.Unless(!IsPublished, "Deze bijeenkomst is al gepubliceerd.");
        RuleException.Unless(!IsCancelled, "Een afgelaste bijeenkomst kan niet meer gepubliceerd worden.");
        RuleException.Unless(EndsAt > now, "Deze bijeenkomst is al voorbij; publiceren heeft geen zin meer.");
        PublishedAt = now;
    }

    public EventStatus StatusAt(DateTime now) =>
        IsCancelled ? EventStatus.Cancelled
        : !IsPublished ? EventStatus.Draft
        : EndsAt <= now ? EventStatus.Held
        : Sequence > 0 ? EventStatus.Moved
        : EventStatus.Published;

    /// <summary>Checked before the other rules, so a date in the past is named as such and not as a registration window that closes before it opens.</summary>
    private static void EnsureAhead(Draft draft, DateTime now) =>
        RuleException.Unless(draft.StartsAt > now, "Deze bijeenkomst ligt in het verleden. Kies een datum en tijd in de toekomst.");

    private void Apply(Draft draft, int takenGeneral, int takenReserved)
    {
        // A focus group of a trajectory stays one, and stays closed: its title names the research.
        RuleException.Unless(TrajectoryId is null || (draft.Type == EventType.FocusGroup && draft.Audience == EventAudience.InvitationOnly),
            "Een focusgroep van een actieonderzoek blijft een focusgroep op uitnodiging.");
        if (draft.EndsAt <= draft.StartsAt)
        {
            throw new RuleException("Het einde moet na het begin liggen.");
        }
        if (string.IsNullOrWhiteSpace(draft.Venue) && string.IsNullOrWhiteSpace(draft.OnlineLink))
        {
            throw new RuleException("Vul een plaats met adres in, of een link voor online deelname.");
        }
        if (!string.IsNullOrWhiteSpace(draft.OnlineLink) && !(Uri.TryCreate(draft.OnlineLink.Trim(), UriKind.Absolute, out var link) && link.Scheme == Uri.UriSchemeHttps))
        {
            throw new RuleException("De online link moet een volledig https-adres zijn.");
        }
        if (draft.Capacity < 1)
        {
            throw new RuleException("Er moet minstens één plaats zijn.");
        }
        if (draft.ReservedPlaces < 0 || draft.ReservedPlaces > draft.Capacity)
        {
            throw new RuleException("Er kunnen niet meer plaatsen gereserveerd zijn dan er plaatsen zijn.");
        }
        if (draft.ReservedPlaces > 0 && draft.ReservedFor is null)
        {
            throw new RuleException("Kies voor wie de gereserveerde plaatsen zijn.");
        }
        if (draft.RegistrationClosesAt <= draft.RegistrationOpensAt)
        {
            throw new RuleException("De aanmelding moet sluiten na het moment waarop ze opent.");
        }
        if (draft.RegistrationClosesAt > draft.EndsAt)
        {
            throw new RuleException("De aanmelding moet sluiten voordat de bijeenkomst is afgelopen.");
        }
        if (takenReserved > draft.ReservedPlaces || takenGeneral > draft.Capacity - draft.ReservedPlaces)
        {
            throw new RuleException("Er zijn al meer mensen aangemeld dan er dan plaatsen zijn. Maak de bijeenkomst niet kleiner dan het aantal aanmeldingen.");
        }
        Type = draft.Type;
        Title = draft.Title.Trim();
        Description = draft.Description.Trim();
        StartsAt = draft.StartsAt;
        EndsAt = draft.EndsAt;
        Venue = Blank(draft.Venue);
        OnlineLink = Blank(draft.OnlineLink);
        Audience = draft.Audience;
        Languages = draft.Languages.Trim();
        TextLanguage = Infrastructure.Localization.Cultures.IsSupported(draft.TextLanguage) ? draft.TextLanguage : throw new RuleException("Kies een taal uit de lijst.");
        AccessibilityInfo = Blank(draft.AccessibilityInfo);
        Capacity = draft.Capacity;
        ReservedPlaces = draft.ReservedPlaces;
        ReservedFor = draft.ReservedPlaces > 0 ? draft.ReservedFor : null;
        RegistrationOpensAt = draft.RegistrationOpensAt;
        RegistrationClosesAt = draft.RegistrationClosesAt;
        InvitationCode = Audience == EventAudience.InvitationOnly
            ? InvitationCode ?? RandomCode.Of(24, RandomCode.LowerHex)
            : null;
    }

    public int GeneralPlaces => Capacity - ReservedPlaces;

    public bool IsOpenForRegistration(DateTime now) => IsPublished && !IsCancelled && now >= RegistrationOpensAt && now < RegistrationClosesAt;

    public void EnsureOpenForRegistration(DateTime now)
    {
        RuleException.Unless(IsPublished, "Deze bijeenkomst is nog niet gepubliceerd; aanmelden kan nog niet.");
        if (IsCancelled)
        {
            throw new RuleException("Deze bijeenkomst gaat niet door; aanmelden kan niet meer.");
        }
        if (now < RegistrationOpensAt)
        {
            throw new RuleException("De aanmelding is nog niet open.");
        }
        if (now >= RegistrationClosesAt)
        {
            throw new RuleException("De aanmelding voor deze bijeenkomst is gesloten.");
        }
    }

    public bool AdmitsInvitation(string? code) =>
        Audience != EventAudience.InvitationOnly
        || (code is not null && InvitationCode is not null
            && CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(code), System.Text.Encoding.UTF8.GetBytes(InvitationCode)));

    /// <summary>The sessions chosen, checked: each belongs to this event and there is at most one per round.</summary>
    public IReadOnlyList<EventSession> ChooseSessions(IEnumerable<Guid> sessionIds)
    {
        var sessions = Rounds.SelectMany(r => r.Sessions).ToDictionary(s => s.Id);
        var chosen = new List<EventSession>();
        foreach (var id in sessionIds.Distinct())
        {
            if (!sessions.TryGetValue(id, out var session))
            {
                throw new RuleException("Een gekozen deelsessie hoort niet bij deze bijeenkomst. Kies opnieuw.");
            }
            chosen.Add(session);
        }
        if (chosen.GroupBy(s => s.RoundId).Any(g => g.Count() > 1))
        {
            throw new RuleException("Kies per ronde hoogstens één deelsessie.");
        }
        return chosen;
    }

    /// <summary>One place earlier (-1) or later (+1) in the programme.</summary>
    public void MoveRound(Guid roundId, int direction) =>
        Ordering.Move(Rounds, r => r.Order, (r, order) => r.MoveTo(order), r => r.Id == roundId, direction);

    public EventRound AddRound(string title, DateTime? startsAt, DateTime? endsAt)
    {
        var round = EventRound.Create(Id, Rounds.Count == 0 ? 1 : Rounds.Max(r => r.Order) + 1, title, startsAt, endsAt);
        Rounds.Add(round);
        return round;
    }

    public ProgrammeItem AddProgrammeItem(DateTime startsAt, string title, string? description)
    {
        var item = ProgrammeItem.Create(Id, startsAt, title, description);
        ProgrammeItems.Add(item);
        return item;
    }

    public void AppointSpeakers(Guid? chairId, IEnumerable<Guid> speakerIds)
    {
        Speakers.Clear();
        if (chairId is { } chair)
        {
            Speakers.Add(EventSpeaker.Create(Id, chair, isChair: true));
        }
        Speakers.AddRange(speakerIds.Where(id => id != chairId).Distinct().Select(id => EventSpeaker.Create(Id, id, isChair: false)));
    }

    public void Cancel(string reason)
    {
        if (IsCancelled)
        {
            throw new RuleException("Deze bijeenkomst is al afgelast.");
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new RuleException("Schrijf kort waarom de bijeenkomst niet doorgaat; de aangemelde mensen krijgen dit te lezen.");
        }
        if (reason.Length > CancellationReasonMaxLength)
        {
            throw RuleException.TooLong("De reden", CancellationReasonMaxLength);
        }
        IsCancelled = true;
        CancellationReason = reason.Trim();
    }

    public void PublishWriteUp(string impression, string? agreements, string? openQuestions, string? minorityViews, DateTime now)
    {
        if (now < StartsAt)
        {
            throw new RuleException("Een verslag kan pas als de bijeenkomst begonnen is.");
        }
        if (string.IsNullOrWhiteSpace(impression))
        {
            throw new RuleException("Schrijf een korte impressie van de bijeenkomst.");
        }
        Impression = impression.Trim();
        Agreements = Blank(agreements);
        OpenQuestions = Blank(openQuestions);
        MinorityViews = Blank(minorityViews);
        WriteUpPublishedAt = now;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
