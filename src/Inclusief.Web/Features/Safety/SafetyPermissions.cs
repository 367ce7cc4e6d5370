namespace Inclusief.Web.Features.Safety;

public static class SafetyPermissions
{
    /// <summary>Safety moderators only (two-factor sign-in): no other role reads reports.</summary>
    public const string Moderate = "Safety.Moderate";
}
