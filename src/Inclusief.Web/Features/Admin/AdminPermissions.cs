namespace Inclusief.Web.Features.Admin;

public static class AdminPermissions
{
    /// <summary>Admins with a two-factor sign-in: user accounts, roles, the audit log.</summary>
    public const string Policy = "Admin";
}
