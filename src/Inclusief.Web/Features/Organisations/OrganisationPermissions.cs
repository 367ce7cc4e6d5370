namespace Inclusief.Web.Features.Organisations;

public static class OrganisationPermissions
{
    /// <summary>Coordinators (with a two-factor sign-in) register and edit organisations and partnerships.</summary>
    public const string Manage = "Organisations.Manage";
}
