namespace Inclusief.Web.Features.Students;

/// <summary>How students take part (seed 000): an internship, graduation research or a short research project.</summary>
public enum AssignmentKind
{
    Internship,
    GraduationResearch,
    ShortResearch,
}

/// <summary>open (students may apply) → filled (every place taken) → completed (with its product), or cancelled.</summary>
public enum AssignmentStatus
{
    Open,
    Filled,
    Completed,
    Cancelled,
}

public enum ApplicationStatus
{
    Pending,
    Accepted,
    Declined,
    Withdrawn,
}

public static class AssignmentLabels
{
    public static readonly IReadOnlyList<AssignmentKind> Kinds = Enum.GetValues<AssignmentKind>();

    public static string Label(AssignmentKind kind) => kind switch
    {
        AssignmentKind.Internship => "Stage",
        AssignmentKind.GraduationResearch => "Afstudeeronderzoek",
        _ => "Kortlopend onderzoeksproject",
    };

    public static string Label(AssignmentStatus status) => status switch
    {
        AssignmentStatus.Open => "Open voor studenten",
        AssignmentStatus.Filled => "Bezet",
        AssignmentStatus.Completed => "Afgerond",
        _ => "Vervallen",
    };

    public static string Label(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Pending => "Wacht op een besluit",
        ApplicationStatus.Accepted => "Aangenomen",
        ApplicationStatus.Declined => "Niet gekozen",
        _ => "Ingetrokken",
    };
}
