namespace Inclusief.Web.Features.Complaints;

public static class ComplaintPermissions
{
    /// <summary>Only caseworkers (two-factor sign-in) open cases; a coordinator without that role cannot.</summary>
    public const string Handle = "Complaints.Handle";

    /// <summary>Caseworkers and coordinators see the signals at full detail (no narratives).</summary>
    public const string ReadSignals = "Complaints.ReadSignals";

    /// <summary>Coordinators maintain the information pages shown after a report.</summary>
    public const string WriteGuidance = "Complaints.WriteGuidance";
}
