namespace Inclusief.Web.Features.Projects;

/// <summary>Who may read a sub-project: everyone, every signed-in member, or its work group only.</summary>
public enum Visibility
{
    Public,
    Members,
    WorkGroup,
}
