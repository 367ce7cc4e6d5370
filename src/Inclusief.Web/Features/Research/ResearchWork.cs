namespace Inclusief.Web.Features.Research;

/// <summary>A concrete step with an owner organisation, due date and status; some start at once.</summary>
public class ResearchAction
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid TrajectoryId { get; private set; }

    public string Title { get; private set; } = "";

    public string Owner { get; private set; } = "";

    public string? Theme { get; private set; }

    public DateOnly? DueOn { get; private set; }

    public ActionStatus Status { get; private set; }

    public bool StartedImmediately { get; private set; }

    public static ResearchAction Plan(Guid trajectoryId, string title, string owner, string? theme, DateOnly? dueOn, bool startedImmediately)
    {
        if (string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(owner))
        {
            throw new RuleException("Vul de actie en de organisatie die eigenaar is in.");
        }
        return new ResearchAction
        {
            TrajectoryId = trajectoryId, Title = title.Trim(), Owner = owner.Trim(), Theme = string.IsNullOrWhiteSpace(theme) ? null : theme.Trim(), DueOn = dueOn,
            StartedImmediately = startedImmediately, Status = startedImmediately ? ActionStatus.InProgress : ActionStatus.Planned,
        };
    }

    public void Update(ActionStatus status) => Status = status;
}

/// <summary>A focus group on a theme, or a quarterly consultation with all partners: when, who, notes and decisions.</summary>
public class ResearchMeeting
{
    public const int TopicMaxLength = 200;

    public const int ParticipantsMaxLength = 1000;

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid TrajectoryId { get; private set; }

    public bool IsConsultation { get; private set; }

    public string Topic { get; private set; } = "";

    public DateOnly HeldOn { get; private set; }

    public string? Participants { get; private set; }

    public string? Notes { get; private set; }

    public string? Decisions { get; private set; }

    public static ResearchMeeting Hold(Guid trajectoryId, bool isConsultation, string topic, DateOnly heldOn, string? participants, string? notes, string? decisions)
    {
        if (string.IsNullOrWhiteSpace(topic))
        {
            throw new RuleException(isConsultation ? "Geef het overleg een naam, bijvoorbeeld ‘Kwartaaloverleg Q1’." : "Kies het thema van de focusgroep.");
        }
        static string? Clean(string? v) => string.IsNullOrWhiteSpace(v) ? null : v.Trim();
        foreach (var (text, field, limit) in new[] { (topic, "Het thema of de naam", TopicMaxLength), (participants, "De deelnemers", ParticipantsMaxLength),
            (notes, "Het verslag", Trajectory.TextMaxLength), (decisions, "De besluiten", Trajectory.TextMaxLength) })
        {
            if (Clean(text)?.Length > limit)
            {
                throw RuleException.TooLong(field, limit);
            }
        }
        return new ResearchMeeting
        {
            TrajectoryId = trajectoryId, IsConsultation = isConsultation, Topic = topic.Trim(), HeldOn = heldOn,
            Participants = Clean(participants), Notes = Clean(notes), Decisions = Clean(decisions),
        };
    }
}
