namespace Inclusief.Web.Features.Agenda;

/// <summary>
/// A programme line of the knowledge agenda as the coordinators are writing it (for example "financial inclusion"):
/// its questions, the partners committed to it with what each contributes, the results they want, and the work that
/// answers it. The public reads it only as published in an <see cref="AgendaVersion"/>.
/// </summary>
public class AgendaLine
{
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 4000;
    public const int ContributionMaxLength = 1000;

    /// <summary>How audit entries name a programme line.</summary>
    public const string SubjectType = "agenda-line";

    public Guid Id { get; private set; } = Guid.NewGuid();

    public string Title { get; private set; } = "";

    public string Description { get; private set; } = "";

    /// <summary>The line's questions, one per line of text.</summary>
    public string Questions { get; private set; } = "";

    /// <summary>The results the partners want to achieve, one per line of text.</summary>
    public string ResultsWanted { get; private set; } = "";

    /// <summary>Where it stands among the lines (1 first).</summary>
    public int Position { get; private set; }

    public List<AgendaCommitment> Commitments { get; private set; } = [];

    public List<AgendaWork> Work { get; private set; } = [];

    public static IReadOnlyList<string> Items(string text) =>
        [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => l.TrimStart('-', '*', ' '))
            .Where(l => l.Length > 0)];

    public static AgendaLine Add(string title, string description, string questions, string resultsWanted, int position)
    {
        var line = new AgendaLine { Position = position };
        line.Rewrite(title, description, questions, resultsWanted);
        return line;
    }

    public void Rewrite(string title, string description, string questions, string resultsWanted)
    {
        RuleException.Unless(!string.IsNullOrWhiteSpace(title), "Geef de programmalijn een titel.");
        RuleException.Unless(Items(questions).Count > 0, "Schrijf minstens één vraag van de programmalijn.");
        (Title, Description, Questions, ResultsWanted) = (title.Trim(), description.Trim(), string.Join('\n', Items(questions)), string.Join('\n', Items(resultsWanted)));
    }

    public void MoveTo(int position) => Position = position;

    /// <summary>A partner organisation commits to the line; committing again rewrites what it contributes.</summary>
    public void Commit(Guid organisationId, string contribution)
    {
        RuleException.Unless(!string.IsNullOrWhiteSpace(contribution), "Schrijf wat de partner bijdraagt, bijvoorbeeld uren of faciliteiten.");
        RuleException.Unless(contribution.Trim().Length <= ContributionMaxLength, "Schrijf de inbreng in hoogstens {0} tekens.", ContributionMaxLength);
        if (Commitments.FirstOrDefault(c => c.OrganisationId == organisationId) is { } earlier)
        {
            earlier.Contribution = contribution.Trim();
            return;
        }
        Commitments.Add(new AgendaCommitment { AgendaLineId = Id, OrganisationId = organisationId, Contribution = contribution.Trim() });
    }

    public void Withdraw(Guid commitmentId) => Commitments.RemoveAll(c => c.Id == commitmentId);

    public void Link(AgendaWorkKind kind, string targetId, FourO o)
    {
        RuleException.Unless(Enum.IsDefined(kind) && Enum.IsDefined(o), "Kies het werk en zijn O uit de lijst.");
        RuleException.Unless(!Work.Any(w => w.Kind == kind && w.TargetId == targetId), "Dit werk hoort al bij de programmalijn.");
        Work.Add(new AgendaWork { AgendaLineId = Id, Kind = kind, TargetId = targetId, O = o });
    }

    public void Unlink(Guid workId) => Work.RemoveAll(w => w.Id == workId);
}

/// <summary>A partner organisation committed to a programme line, with what it contributes (staff hours, facilities).</summary>
public class AgendaCommitment
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid AgendaLineId { get; internal set; }

    public Guid OrganisationId { get; internal set; }

    public string Contribution { get; internal set; } = "";
}

/// <summary>Work that answers a programme line, with the one of the Werkplaats' four O's it is.</summary>
public class AgendaWork
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid AgendaLineId { get; internal set; }

    public AgendaWorkKind Kind { get; internal set; }

    /// <summary>The sub-project's, trajectory's or event's id, or the knowledge item's number.</summary>
    public string TargetId { get; internal set; } = "";

    public FourO O { get; internal set; }
}

public enum AgendaWorkKind
{
    SubProject,
    Trajectory,
    KnowledgeItem,
    Event,
}

/// <summary>The Werkplaatsen Sociaal Domein's four O's: what kind of activity a piece of work is.</summary>
public enum FourO
{
    Research,
    Development,
    Education,
    Support,
}

public static class AgendaLabels
{
    public static readonly FourO[] Os = Enum.GetValues<FourO>();

    public static string Label(FourO o) => o switch
    {
        FourO.Research => "Onderzoek",
        FourO.Development => "Ontwikkeling",
        FourO.Education => "Onderwijs",
        _ => "Ondersteuning",
    };

    public static string Label(AgendaWorkKind kind) => kind switch
    {
        AgendaWorkKind.SubProject => "Deelproject",
        AgendaWorkKind.Trajectory => "Actieonderzoek",
        AgendaWorkKind.KnowledgeItem => "Kennisbank",
        _ => "Bijeenkomst",
    };
}
