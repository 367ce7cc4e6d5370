namespace Inclusief.Web.Features.Projects;

public static class ProjectPermissions
{
    /// <summary>Coordinators (with a two-factor sign-in) see every sub-project, whatever its visibility.</summary>
    public const string Oversee = "Projects.Oversee";
}
