namespace Inclusief.Web.Features.Ideas;

/// <summary>
/// An idea, issue or bottleneck, running project, research request or shelved plan that someone asks the
/// programme to take up. Coordinators triage it; accepting it starts a sub-project.
/// </summary>
public class Idea
{
    public const int TitleMaxLength = 150;
    public const int TextMaxLength = 4000;

    /// <summary>How audit entries name an idea.</summary>
    public const string SubjectType = "idea";

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid SubmissionKey { get; private set; }

    public IdeaKind Kind { get; private set; }

    public string Title { get; private set; } = "";

    public string Description { get; private set; } = "";

    public string? AffectedGroup { get; private set; }

    public string? HelpAsked { get; private set; }

    public string? MunicipalityCode { get; private set; }

    public string SubmitterId { get; private set; } = "";

    public Guid? OrganisationId { get; private set; }

    public IdeaStatus Status { get; private set; }

    public string? DecisionReason { get; private set; }

    public Guid? SubProjectId { get; private set; }

    /// <summary>Shown to every signed-in member, who may comment on it and support it; otherwise only its submitter and the coordinators see it.</summary>
    public bool IsShared { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public List<IdeaMessage> Messages { get; private set; } = [];

    public List<IdeaAttachment> Attachments { get; private set; } = [];

    public sealed record Content(IdeaKind Kind, string Title, string Description, string? AffectedGroup, string? HelpAsked, string? MunicipalityCode, Guid? OrganisationId, bool Shared = false);

    public static Idea Submit(Guid submissionKey, string submitterId, Content content, DateTime now) => new()
    {
        SubmissionKey = submissionKey,
        SubmitterId = submitterId,
        Kind = content.Kind,
        Title = content.Title.Trim(),
        Description = content.Description.Trim(),
        AffectedGroup = Clean(content.AffectedGroup),
        HelpAsked = Clean(content.HelpAsked),
        MunicipalityCode = content.MunicipalityCode,
        OrganisationId = content.OrganisationId,
        IsShared = content.Shared,
        Status = IdeaStatus.New,
        CreatedAt = now,
        UpdatedAt = now,
    };

    public void StartReview(DateTime now)
    {
        RuleException.Unless(Status is IdeaStatus.New, "Alleen een nieuw idee kan in behandeling worden genomen.");
        Move(IdeaStatus.UnderReview, now);
    }

    public IdeaMessage AskQuestion(string coordinatorId, string question, DateTime now)
    {
        RuleException.Unless(IdeaStatuses.IsOpen(Status), "Bij een afgehandeld idee kun je geen vraag meer stellen.");
        RuleException.Unless(!string.IsNullOrWhiteSpace(question), "Schrijf de vraag op.");
        var message = IdeaMessage.Create(Id, coordinatorId, fromCoordinator: true, question, now);
        Messages.Add(message);
        Move(IdeaStatus.MoreInformationNeeded, now);
        return message;
    }

    public IdeaMessage Answer(string submitterId, string answer, DateTime now)
    {
        RuleException.Unless(submitterId == SubmitterId, "Alleen de indiener kan antwoorden.");
        RuleException.Unless(Status == IdeaStatus.MoreInformationNeeded, "Er staat geen vraag open.");
        RuleException.Unless(!string.IsNullOrWhiteSpace(answer), "Schrijf je antwoord op.");
        var message = IdeaMessage.Create(Id, submitterId, fromCoordinator: false, answer, now);
        Messages.Add(message);
        Move(IdeaStatus.UnderReview, now);
        return message;
    }

    public void Accept(Guid subProjectId, string reason, DateTime now)
    {
        Decide(IdeaStatus.Accepted, reason, now);
        SubProjectId = subProjectId;
    }

    public void Park(string reason, DateTime now) => Decide(IdeaStatus.Parked, reason, now);

    public void Decline(string reason, DateTime now) => Decide(IdeaStatus.Declined, reason, now);

    public void Reopen(DateTime now)
    {
        RuleException.Unless(Status == IdeaStatus.Parked, "Alleen een geparkeerd idee kan weer worden opgepakt.");
        DecisionReason = null;
        Move(IdeaStatus.UnderReview, now);
    }

    /// <summary>Only the submitter shares their idea with the members: it is their story.</summary>
    public void Share(string userId, DateTime now)
    {
        RuleException.Unless(userId == SubmitterId, "Alleen de indiener kan een idee delen.");
        RuleException.Unless(!IsShared, "Dit idee is al gedeeld.");
        IsShared = true;
        UpdatedAt = now;
        Version++;
    }

    /// <summary>The submitter, or a coordinator who sees that sharing it puts someone at risk, takes it back; comments and support stay with it.</summary>
    public void StopSharing(DateTime now)
    {
        RuleException.Unless(IsShared, "Dit idee is niet gedeeld.");
        IsShared = false;
        UpdatedAt = now;
        Version++;
    }

    public void AddAttachment(IdeaAttachment attachment) => Attachments.Add(attachment);

    private void Decide(IdeaStatus decision, string reason, DateTime now)
    {
        RuleException.Unless(IdeaStatuses.IsOpen(Status), "Over dit idee is al besloten.");
        RuleException.Unless(!string.IsNullOrWhiteSpace(reason), "Geef een toelichting; die sturen we naar de indiener.");
        DecisionReason = reason.Trim();
        Move(decision, now);
    }

    private void Move(IdeaStatus status, DateTime now)
    {
        Status = status;
        UpdatedAt = now;
        Version++;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
