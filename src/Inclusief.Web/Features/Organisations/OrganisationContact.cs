namespace Inclusief.Web.Features.Organisations;

/// <summary>A contact person at an organisation, seen by coordinators only.</summary>
public class OrganisationContact
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public string Name { get; set; } = "";

    public string? Role { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }
}
