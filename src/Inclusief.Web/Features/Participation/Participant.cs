namespace Inclusief.Web.Features.Participation;

/// <summary>
/// One person taking part in one form (expert group, work-field group, project idea, sounding board,
/// partner), from the sign-up through the intake conversation to active membership and its end.
/// A pseudonym is enough; the address is used for the intake and is never shown to other members.
/// </summary>
public class Participant
{
    public const int DisplayNameMaxLength = 60;
    public const int DisplayNameMinLength = 2;
    public const int TextMaxLength = 2000;

    /// <summary>How consents and audit entries name a participant.</summary>
    public const string SubjectType = "participant";

    public Guid Id { get; private set; } = Guid.NewGuid();

    /// <summary>Set by the sign-up form once; a second post of the same form finds the first participant.</summary>
    public Guid SubmissionKey { get; private set; }

    public ParticipationForm Form { get; private set; }

    public ParticipationStatus Status { get; private set; }

    public string? UserId { get; private set; }

    public string DisplayName { get; private set; } = "";

    public string Email { get; private set; } = "";

    public string? Phone { get; private set; }

    public string Culture { get; private set; } = "nl";

    public Guid? OrganisationId { get; private set; }

    public string? Motivation { get; private set; }

    public string? Expertise { get; private set; }

    public ExpertOffer Offers { get; private set; }

    public string? PartnerCommitment { get; private set; }

    public List<Theme> Themes { get; private set; } = [];

    public List<IntakeConversation> Intakes { get; private set; } = [];

    public string? DeclineReason { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime StatusChangedAt { get; private set; }

    /// <summary>Optimistic concurrency: two coordinators deciding at once cannot overwrite each other.</summary>
    public int Version { get; private set; }

    public sealed record Details(string DisplayName, string Email, string? Phone, string Culture, Guid? OrganisationId, string? Motivation, string? Expertise, ExpertOffer Offers, string? PartnerCommitment);

    public static Participant SignUp(Guid submissionKey, ParticipationForm form, string? userId, Details details, IEnumerable<Theme> themes, DateTime now)
    {
        if (form == ParticipationForm.Partner && details.OrganisationId is null)
        {
            throw new InvalidOperationException("A partner takes part on behalf of an organisation.");
        }
        return new Participant
        {
            SubmissionKey = submissionKey,
            Form = form,
            Status = ParticipationStatus.New,
            UserId = userId,
            DisplayName = details.DisplayName.Trim(),
            Email = details.Email.Trim().ToLowerInvariant(),
            Phone = string.IsNullOrWhiteSpace(details.Phone) ? null : details.Phone.Trim(),
            Culture = details.Culture,
            OrganisationId = details.OrganisationId,
            Motivation = Clean(details.Motivation),
            Expertise = form == ParticipationForm.ExpertGroup ? Clean(details.Expertise) : null,
            Offers = form == ParticipationForm.ExpertGroup ? details.Offers : ExpertOffer.None,
            PartnerCommitment = form == ParticipationForm.Partner ? Clean(details.PartnerCommitment) : null,
            Themes = form is ParticipationForm.WorkFieldGroup or ParticipationForm.SoundingBoard ? themes.ToList() : [],
            CreatedAt = now,
            StatusChangedAt = now,
        };
    }

    public bool IsOpen => Status is ParticipationStatus.New or ParticipationStatus.IntakePlanned or ParticipationStatus.Active;

    public IntakeConversation? CurrentIntake => Intakes.Where(i => i.Status != IntakeStatus.Cancelled).MaxBy(i => i.Sequence);

    /// <summary>Plans the intake conversation, or moves it: the earlier one is cancelled and the invitation updated.</summary>
    public IntakeConversation PlanIntake(DateTime startsAt, int durationMinutes, string? location, string? onlineLink, DateTime now)
    {
        if (Status is not (ParticipationStatus.New or ParticipationStatus.IntakePlanned))
        {
            throw new RuleException("Een kennismakingsgesprek kan alleen worden gepland voor een nieuwe aanmelding.");
        }
        if (startsAt <= now)
        {
            throw new RuleException("Kies een moment in de toekomst.");
        }
        var previous = CurrentIntake;
        previous?.Cancel();
        var intake = IntakeConversation.Plan(Id, startsAt, durationMinutes, location, onlineLink, (previous?.Sequence ?? -1) + 1, previous?.CalendarUid);
        Intakes.Add(intake);
        ChangeStatus(ParticipationStatus.IntakePlanned, now);
        return intake;
    }

    public void RequestOtherIntakeTime(string note)
    {
        if (Status != ParticipationStatus.IntakePlanned || CurrentIntake is not { } intake)
        {
            throw new RuleException("Er is geen gepland gesprek om te verzetten.");
        }
        intake.RequestOtherTime(note);
    }

    public void Activate(DateTime now)
    {
        if (Status is not (ParticipationStatus.New or ParticipationStatus.IntakePlanned))
        {
            throw new RuleException("Alleen een nieuwe aanmelding of een aanmelding met een gepland gesprek kan actief worden.");
        }
        CurrentIntake?.MarkHeld();
        ChangeStatus(ParticipationStatus.Active, now);
    }

    public void Decline(string reason, DateTime now)
    {
        if (Status is not (ParticipationStatus.New or ParticipationStatus.IntakePlanned))
        {
            throw new RuleException("Alleen een aanmelding die nog loopt kan worden afgewezen.");
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new RuleException("Geef een reden; die sturen we naar de aanmelder.");
        }
        CancelOpenIntake();
        DeclineReason = reason.Trim();
        ChangeStatus(ParticipationStatus.Declined, now);
    }

    /// <summary>Ends the participation: the member leaves the group, or a coordinator ends it.</summary>
    public void End(DateTime now)
    {
        if (!IsOpen)
        {
            throw new RuleException("Deze deelname is al afgesloten.");
        }
        CancelOpenIntake();
        ChangeStatus(ParticipationStatus.Ended, now);
    }

    public void LinkToAccount(string userId) => UserId ??= userId;

    public void UpdateContact(string displayName, string? phone)
    {
        DisplayName = displayName.Trim();
        Phone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
    }

    private void CancelOpenIntake()
    {
        if (CurrentIntake is { Status: IntakeStatus.Planned or IntakeStatus.OtherTimeRequested } open)
        {
            open.Cancel();
        }
    }

    private void ChangeStatus(ParticipationStatus status, DateTime now)
    {
        Status = status;
        StatusChangedAt = now;
        Version++;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
