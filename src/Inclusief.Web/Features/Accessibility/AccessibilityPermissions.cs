namespace Inclusief.Web.Features.Accessibility;

public static class AccessibilityPermissions
{
    /// <summary>Coordinators (two-factor sign-in) read and answer reports of barriers on the site.</summary>
    public const string Respond = "Accessibility.Respond";
}
