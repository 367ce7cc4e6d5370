namespace Inclusief.Web.Features.Policies;

public static class PolicyPermissions
{
    /// <summary>Coordinators (two-factor sign-in) record policies and effects; everyone reads and downloads.</summary>
    public const string Edit = "Policies.Edit";
}
