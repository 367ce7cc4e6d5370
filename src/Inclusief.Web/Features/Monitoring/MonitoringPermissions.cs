namespace Inclusief.Web.Features.Monitoring;

public static class MonitoringPermissions
{
    /// <summary>Coordinators (two-factor sign-in) and partners' contacts read the figures.</summary>
    public const string Read = "Monitoring.Read";

    /// <summary>Only coordinators see small numbers; a partner's contact sees "&lt; 5", as the public would.</summary>
    public const string FullDetail = "Monitoring.FullDetail";
}
