namespace Inclusief.Web.Features.Projects;

public enum ActionStatus
{
    Open,
    InProgress,
    Done,
}

public static class ActionStatuses
{
    public static string Label(ActionStatus status) => status switch
    {
        ActionStatus.Open => "Nog te doen",
        ActionStatus.InProgress => "Bezig",
        _ => "Klaar",
    };
}
