namespace Inclusief.Web.Features.Complaints;

/// <summary>
/// new → in progress ⇄ waiting for reporter → referred → closed (with an outcome). A closed case can be
/// reopened until its narrative has been removed by the retention rule.
/// </summary>
public enum ComplaintStatus
{
    New,
    InProgress,
    WaitingForReporter,
    Referred,
    Closed,
}

public enum ComplaintOutcome
{
    Resolved,
    InformationGiven,
    Referred,
    NotResolved,
    Withdrawn,
}

public static class ComplaintStatuses
{
    public static string Label(ComplaintStatus status) => status switch
    {
        ComplaintStatus.New => "Nieuw",
        ComplaintStatus.InProgress => "In behandeling",
        ComplaintStatus.WaitingForReporter => "Wacht op de melder",
        ComplaintStatus.Referred => "Doorverwezen",
        _ => "Gesloten",
    };

    public static string Label(ComplaintOutcome outcome) => outcome switch
    {
        ComplaintOutcome.Resolved => "Opgelost",
        ComplaintOutcome.InformationGiven => "Informatie gegeven",
        ComplaintOutcome.Referred => "Doorverwezen",
        ComplaintOutcome.NotResolved => "Niet opgelost",
        _ => "Ingetrokken",
    };

    public static bool CanMove(ComplaintStatus from, ComplaintStatus to) => (from, to) switch
    {
        (ComplaintStatus.Closed, ComplaintStatus.InProgress) => true,
        (ComplaintStatus.Closed, _) => false,
        (_, ComplaintStatus.New) => false,
        _ => from != to,
    };
}
