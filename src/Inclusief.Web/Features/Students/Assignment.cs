namespace Inclusief.Web.Features.Students;

/// <summary>
/// Work a student can do for the programme, offered by a sub-project, a research request (an idea) or an action
/// research trajectory, or by the programme itself. Students (any account) apply; a coordinator or the
/// sub-project's lead accepts as many as it has places; it ends with its product in the knowledge base.
/// </summary>
public class Assignment
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 4000;
    public const int NameMaxLength = 200;
    public const int MaxPlaces = 10;

    /// <summary>How audit entries name an assignment.</summary>
    public const string SubjectType = "assignment";

    public Guid Id { get; private set; } = Guid.NewGuid();

    public AssignmentKind Kind { get; private set; }

    public string Title { get; private set; } = "";

    public string Description { get; private set; } = "";

    public DateOnly? StartsOn { get; private set; }

    public DateOnly? EndsOn { get; private set; }

    /// <summary>The supervising lecturer, as they want to be named.</summary>
    public string Lecturer { get; private set; } = "";

    public string StudyProgramme { get; private set; } = "";

    public int Places { get; private set; } = 1;

    public Guid? SubProjectId { get; private set; }

    /// <summary>A research request (an idea of that kind) the assignment answers.</summary>
    public Guid? IdeaId { get; private set; }

    public Guid? TrajectoryId { get; private set; }

    public AssignmentStatus Status { get; private set; }

    /// <summary>The report or module the assignment produced, in the knowledge base.</summary>
    public int? ProductItemId { get; private set; }

    public string CreatedById { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    /// <summary>When it was completed or cancelled.</summary>
    public DateTime? ClosedAt { get; private set; }

    /// <summary>Optimistic concurrency: two people deciding on the last place at once cannot both get it.</summary>
    public int Version { get; private set; }

    /// <summary>
    /// How many decisions were taken (accept, decline, change, complete, cancel). A manager's form carries it, so a
    /// decision on a page that another decision made stale is refused, while students reacting meanwhile (which
    /// changes <see cref="Version"/>) do not block anyone.
    /// </summary>
    public int Decisions { get; private set; }

    public List<AssignmentApplication> Applications { get; private set; } = [];

    /// <summary>Why a step on a page opened before someone else's step is refused (the version it showed is gone).</summary>
    public static RuleException ChangedMeanwhile() => new RuleException("Deze opdracht is intussen gewijzigd. Bekijk de nieuwe stand en probeer het zo nodig opnieuw.");

    public sealed record Details(AssignmentKind Kind, string Title, string Description, DateOnly? StartsOn, DateOnly? EndsOn, string Lecturer, string StudyProgramme, int Places);

    public sealed record Origin(Guid? SubProjectId, Guid? IdeaId, Guid? TrajectoryId)
    {
        public static readonly Origin Programme = new(null, null, null);
    }

    public static Assignment Offer(Details details, Origin origin, string createdById, DateTime now)
    {
        var assignment = new Assignment { CreatedById = createdById, CreatedAt = now, Status = AssignmentStatus.Open };
        assignment.Update(details, origin);
        return assignment;
    }

    public void Update(Details details, Origin origin)
    {
        RuleException.Unless(Status is AssignmentStatus.Open or AssignmentStatus.Filled, "Een afgeronde of vervallen opdracht kan niet meer worden gewijzigd.");
        RuleException.Unless(details.Places is >= 1 and <= MaxPlaces, "Kies tussen 1 en {0} plaatsen.", MaxPlaces);
        RuleException.Unless(details.StartsOn is not { } start || details.EndsOn is not { } end || end >= start, "De einddatum ligt voor de begindatum.");
        RuleException.Unless(new[] { origin.SubProjectId, origin.IdeaId, origin.TrajectoryId }.Count(o => o is not null) <= 1, "Kies één herkomst: een deelproject, een onderzoeksvraag of een traject.");
        RuleException.Unless(details.Places >= AcceptedCount, "Er zijn al meer studenten aangenomen dan dit aantal plaatsen.");
        (Kind, Title, Description, StartsOn, EndsOn, Lecturer, StudyProgramme, Places) =
            (details.Kind, details.Title.Trim(), details.Description.Trim(), details.StartsOn, details.EndsOn, details.Lecturer.Trim(), details.StudyProgramme.Trim(), details.Places);
        (SubProjectId, IdeaId, TrajectoryId) = (origin.SubProjectId, origin.IdeaId, origin.TrajectoryId);
        Decisions++;
        Settle();
    }

    public int AcceptedCount => Applications.Count(a => a.Status == ApplicationStatus.Accepted);

    public int FreePlaces => Math.Max(0, Places - AcceptedCount);

    public AssignmentApplication? ApplicationOf(string userId) => Applications.FirstOrDefault(a => a.UserId == userId);

    /// <summary>A student applies, or applies again after withdrawing.</summary>
    public AssignmentApplication Apply(string userId, string encryptedMotivation, DateTime now)
    {
        RuleException.Unless(Status == AssignmentStatus.Open, "Deze opdracht zoekt geen studenten meer.");
        if (ApplicationOf(userId) is { } earlier)
        {
            RuleException.Unless(earlier.Status == ApplicationStatus.Withdrawn, "Je hebt al op deze opdracht gereageerd.");
            earlier.Renew(encryptedMotivation, now);
            Settle();
            return earlier;
        }
        var application = AssignmentApplication.For(Id, userId, encryptedMotivation, now);
        Applications.Add(application);
        Settle();
        return application;
    }

    public void Accept(Guid applicationId, DateTime now)
    {
        var application = Pending(applicationId);
        RuleException.Unless(Status == AssignmentStatus.Open && FreePlaces > 0, "Alle plaatsen van deze opdracht zijn al vergeven.");
        application.Decide(ApplicationStatus.Accepted, now);
        Decisions++;
        if (FreePlaces == 0)
        {
            // The last place is taken: those still waiting hear now, not never.
            DeclineWaiting(now);
        }
        Settle();
    }

    public void Decline(Guid applicationId, DateTime now)
    {
        Pending(applicationId).Decide(ApplicationStatus.Declined, now);
        Decisions++;
        Settle();
    }

    /// <summary>A student withdraws; an accepted student's place opens again.</summary>
    public void Withdraw(string userId, DateTime now)
    {
        var application = ApplicationOf(userId);
        RuleException.Unless(application is { Status: ApplicationStatus.Pending or ApplicationStatus.Accepted } && Status is AssignmentStatus.Open or AssignmentStatus.Filled,
            "Er is geen reactie van je om in te trekken.");
        application!.Decide(ApplicationStatus.Withdrawn, now);
        Settle();
    }

    /// <summary>A student's account was erased (their reaction goes with it): an accepted student's place is free again.</summary>
    public void ForgetStudent(string userId)
    {
        Applications.RemoveAll(a => a.UserId == userId);
        Settle();
    }

    /// <summary>Done, with its product: a published item in the knowledge base.</summary>
    public void Complete(int productItemId, DateTime now)
    {
        RuleException.Unless(Status is AssignmentStatus.Open or AssignmentStatus.Filled && AcceptedCount > 0, "Alleen een opdracht met een aangenomen student kan worden afgerond.");
        ProductItemId = productItemId;
        DeclineWaiting(now);
        Close(AssignmentStatus.Completed, now);
    }

    /// <summary>It will not happen: those waiting are declined; accepted students keep their place on record and hear of it.</summary>
    public void Cancel(DateTime now)
    {
        RuleException.Unless(Status is AssignmentStatus.Open or AssignmentStatus.Filled, "Een afgeronde of vervallen opdracht kan niet meer vervallen.");
        DeclineWaiting(now);
        Close(AssignmentStatus.Cancelled, now);
    }

    private void DeclineWaiting(DateTime now)
    {
        foreach (var pending in Applications.Where(a => a.Status == ApplicationStatus.Pending))
        {
            pending.Decide(ApplicationStatus.Declined, now);
        }
    }

    /// <summary>Closed, the motivations have done their work: they are removed.</summary>
    private void Close(AssignmentStatus status, DateTime now)
    {
        Status = status;
        ClosedAt = now;
        Applications.ForEach(a => a.ForgetMotivation());
        Decisions++;
        Version++;
    }

    /// <summary>Every change ends here: an assignment still running is open while it has a free place, filled when not.</summary>
    private void Settle()
    {
        if (Status is AssignmentStatus.Open or AssignmentStatus.Filled)
        {
            Status = FreePlaces > 0 ? AssignmentStatus.Open : AssignmentStatus.Filled;
        }
        Version++;
    }

    private AssignmentApplication Pending(Guid applicationId) =>
        Applications.FirstOrDefault(a => a.Id == applicationId && a.Status == ApplicationStatus.Pending)
        ?? throw new RuleException("Over deze reactie is al besloten.");
}

/// <summary>A student's reaction to an assignment; the motivation is theirs and stored encrypted.</summary>
public class AssignmentApplication
{
    public const int MotivationMaxLength = 2000;

    public const string MotivationPurpose = "Students.Motivation";

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid AssignmentId { get; private set; }

    public string UserId { get; private set; } = "";

    public string EncryptedMotivation { get; private set; } = "";

    public ApplicationStatus Status { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? DecidedAt { get; private set; }

    public static AssignmentApplication For(Guid assignmentId, string userId, string encryptedMotivation, DateTime now) =>
        new() { AssignmentId = assignmentId, UserId = userId, EncryptedMotivation = encryptedMotivation, Status = ApplicationStatus.Pending, CreatedAt = now };

    internal void Renew(string encryptedMotivation, DateTime now) => (EncryptedMotivation, Status, CreatedAt, DecidedAt) = (encryptedMotivation, ApplicationStatus.Pending, now, null);

    /// <summary>A declined or withdrawn reaction keeps no motivation: nobody needs it any more.</summary>
    internal void Decide(ApplicationStatus status, DateTime now)
    {
        (Status, DecidedAt) = (status, now);
        if (status is ApplicationStatus.Declined or ApplicationStatus.Withdrawn)
        {
            ForgetMotivation();
        }
    }

    internal void ForgetMotivation() => EncryptedMotivation = "";

    public bool HasMotivation => EncryptedMotivation.Length > 0;
}
