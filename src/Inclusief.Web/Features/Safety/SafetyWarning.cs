namespace Inclusief.Web.Features.Safety;

public enum WarningStatus
{
    AwaitingApproval,
    Published,

    /// <summary>Taken back by a moderator before it expired: no longer shown or matched.</summary>
    Withdrawn,
}

/// <summary>
/// A redacted warning written by a moderator from a report: what to look out for, nothing that identifies the
/// reporter. Published to the members in its regions; it expires, and with it its identifiers.
/// </summary>
public class SafetyWarning
{
    public const int TextMaxLength = 2000;

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid? ReportId { get; private set; }

    public IncidentType Type { get; private set; }

    public string Text { get; private set; } = "";

    public Severity Severity { get; private set; }

    public string Regions { get; private set; } = "";

    public WarningStatus Status { get; private set; }

    public string WrittenById { get; private set; } = "";

    public string? ApprovedById { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? PublishedAt { get; private set; }

    public DateTime? ExpiresAt { get; private set; }

    public DateTime? WithdrawnAt { get; private set; }

    /// <summary>How often a member's client check found this warning; counted without who checked or when.</summary>
    public int MatchCount { get; private set; }

    public List<WarningIdentifier> Identifiers { get; private set; } = [];

    public IReadOnlyList<string> RegionList => Regions.Split('|', StringSplitOptions.RemoveEmptyEntries);

    public static SafetyWarning Write(SafetyReport report, string text, Severity severity, IReadOnlyCollection<string> regions, string moderatorId, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new RuleException("Schrijf de tekst van de waarschuwing.");
        }
        if (text.Length > TextMaxLength)
        {
            throw RuleException.TooLong("De waarschuwing", TextMaxLength);
        }
        if (regions.Count == 0 || regions.Any(r => !SafetyLabels.Regions.Contains(r)))
        {
            throw new RuleException("Kies minstens één regio uit de lijst.");
        }
        var warning = new SafetyWarning
        {
            ReportId = report.Id,
            Type = report.Type,
            Text = text.Trim(),
            Severity = severity,
            Regions = string.Join('|', regions.Distinct()),
            WrittenById = moderatorId,
            CreatedAt = now,
            Status = WarningStatus.AwaitingApproval,
        };
        warning.Identifiers.AddRange(report.Identifiers.Select(i => WarningIdentifier.Create(warning.Id, i.Kind, i.Hash, i.Masked)));
        return warning;
    }

    /// <summary>
    /// Publishes. When a second moderator must approve, the writer cannot be that second moderator, nor can
    /// someone who became a moderator after the warning was written (<paramref name="moderatorSince"/>: a
    /// fresh account made to approve one's own warning).
    /// </summary>
    public void Publish(string moderatorId, bool secondApprovalRequired, TimeSpan lifetime, DateTime now, DateTime? moderatorSince = null)
    {
        if (Status == WarningStatus.Published)
        {
            throw new RuleException("Deze waarschuwing is al gepubliceerd.");
        }
        // Withdrawn, or emptied by retention after nobody approved it: it can no longer go out.
        RuleException.Unless(Status == WarningStatus.AwaitingApproval && Text.Length > 0, "Deze waarschuwing is ingetrokken en kan niet meer worden gepubliceerd.");
        if (secondApprovalRequired && moderatorId == WrittenById)
        {
            throw new RuleException("Een tweede moderator moet deze waarschuwing goedkeuren.");
        }
        if (secondApprovalRequired && moderatorSince > CreatedAt)
        {
            throw new RuleException("Alleen een moderator die al moderator was toen deze waarschuwing werd geschreven, kan hem goedkeuren.");
        }
        ApprovedById = moderatorId;
        Status = WarningStatus.Published;
        PublishedAt = now;
        ExpiresAt = now + lifetime;
    }

    public bool IsActive(DateTime now) => Status == WarningStatus.Published && ExpiresAt > now;

    /// <summary>Taken back: from now on no member sees it and no client check finds it.</summary>
    public void Withdraw(DateTime now)
    {
        RuleException.Unless(IsActive(now), "Alleen een waarschuwing die nu geldt, kan worden ingetrokken.");
        Status = WarningStatus.Withdrawn;
        WithdrawnAt = now;
        ExpiresAt = now;
    }

    /// <summary>Shown and matched for another period, counted from its current end (or from now, if it has just ended).</summary>
    public void Extend(TimeSpan period, DateTime now)
    {
        RuleException.Unless(IsActive(now), "Alleen een waarschuwing die nu geldt, kan worden verlengd.");
        ExpiresAt = (ExpiresAt > now ? ExpiresAt.Value : now) + period;
    }
}

/// <summary>An identifier copied onto a warning, so it can be matched after the raw report is gone.</summary>
public class WarningIdentifier : StoredIdentifier
{
    public Guid WarningId { get; private set; }

    public static WarningIdentifier Create(Guid warningId, IdentifierKind kind, string hash, string masked) => new() { WarningId = warningId, Kind = kind, Hash = hash, Masked = masked };
}

/// <summary>One warning in one member's list; unique per pair, so a warning reaches a member exactly once.</summary>
public class WarningDelivery
{
    public long Id { get; private set; }

    public Guid WarningId { get; private set; }

    public Guid MemberId { get; private set; }

    public DateTime DeliveredAt { get; private set; }

    public static WarningDelivery To(Guid warningId, Guid memberId, DateTime now) => new() { WarningId = warningId, MemberId = memberId, DeliveredAt = now };
}

/// <summary>How many client checks were done on a day, and how many matched; the checked values are never kept.</summary>
public class ClientCheckTally
{
    public DateOnly Day { get; private set; }

    public int Checks { get; private set; }

    public int Matches { get; private set; }
}
