namespace Inclusief.Web.Features.Projects;

public enum WorkGroupRole
{
    Lead,
    Member,
}
