namespace Inclusief.Web.Features.Projects;

public enum SubProjectStatus
{
    Preparation,
    Running,
    Finished,
    Stopped,
}

public static class SubProjectStatuses
{
    public static string Label(SubProjectStatus status) => status switch
    {
        SubProjectStatus.Preparation => "In voorbereiding",
        SubProjectStatus.Running => "Loopt",
        SubProjectStatus.Finished => "Afgerond",
        _ => "Gestopt",
    };
}
