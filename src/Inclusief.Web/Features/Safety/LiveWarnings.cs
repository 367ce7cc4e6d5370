namespace Inclusief.Web.Features.Safety;

/// <summary>The warnings that hold at a moment, as a query: the one rule for members' lists, the client check and the moderators' list (<see cref="SafetyWarning.IsActive"/> for one warning).</summary>
public static class LiveWarnings
{
    public static IQueryable<SafetyWarning> LiveAt(this IQueryable<SafetyWarning> warnings, DateTime now) =>
        warnings.Where(w => w.Status == WarningStatus.Published && w.ExpiresAt > now);
}
