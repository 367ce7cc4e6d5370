namespace Inclusief.Web.Features.Projects;

/// <summary>An organisation involved in a sub-project, and the role it plays there.</summary>
public class InvolvedOrganisation
{
    public const int RoleMaxLength = 200;

    public Guid SubProjectId { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string Role { get; private set; } = "";

    public static InvolvedOrganisation Involve(Guid subProjectId, Guid organisationId, string? role)
    {
        var involved = new InvolvedOrganisation { SubProjectId = subProjectId, OrganisationId = organisationId };
        involved.Describe(role);
        return involved;
    }

    public void Describe(string? role)
    {
        var described = (role ?? "").Trim();
        if (described.Length > RoleMaxLength)
        {
            throw new RuleException("Beschrijf de rol van de organisatie in hoogstens {0} tekens.", RoleMaxLength);
        }
        Role = described;
    }
}
