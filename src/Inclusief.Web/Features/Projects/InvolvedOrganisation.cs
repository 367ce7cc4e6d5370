namespace Inclusief.Web.Features.Projects;

/// <summary>An organisation involved in a sub-project, and the role it plays there.</summary>
public class InvolvedOrganisation
{
    public Guid SubProjectId { get; set; }

    public Guid OrganisationId { get; set; }

    public string Role { get; set; } = "";
}
