namespace Inclusief.Web.Features.Research;

public static class ResearchPermissions
{
    /// <summary>The programme team (coordinators with a two-factor sign-in) runs trajectories; participants contribute through the inventory link.</summary>
    public const string Facilitate = "Research.Facilitate";
}
