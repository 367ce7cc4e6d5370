namespace Inclusief.Web.Features.Projects;

/// <summary>A person in a sub-project's work group; leads come from the programme.</summary>
public class WorkGroupMember
{
    public Guid SubProjectId { get; set; }

    public string UserId { get; set; } = "";

    public WorkGroupRole Role { get; set; }

    public DateTime JoinedAt { get; set; }
}
