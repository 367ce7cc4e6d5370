using Inclusief.Web.Infrastructure.Privacy;

namespace Inclusief.Web.Features.Safety;

public enum ReportStatus
{
    New,
    Published,
    Handled,
}

/// <summary>
/// A report of violence or a dangerous client. Everything that could identify the reporter or the person is
/// encrypted; identifiers are also kept as keyed hashes for matching. Anonymous reporters follow up with a receipt code; the report keeps its day, never its time (<see cref="IArrival"/>).
/// </summary>
public class SafetyReport : IArrival
{
    public const string CipherPurpose = "safety.report";
    public const string SubjectType = "safety-report";
    public const int TextMaxLength = 8000;
    public const int PersonDescriptionMaxLength = 2000;
    public const int PlateMaxLength = 20;
    public const int HandleMaxLength = 100;
    public const int ContactMaxLength = 300;

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid SubmissionKey { get; private set; }

    public string? ReceiptHash { get; private set; }

    public DateTime? ReceiptExpiresAt { get; private set; }

    public IncidentType Type { get; private set; }

    public DateOnly? HappenedOn { get; private set; }

    public string Region { get; private set; } = "";

    public WorkContext Context { get; private set; }

    public string EncryptedNarrative { get; private set; } = "";

    public string? EncryptedPersonDescription { get; private set; }

    /// <summary>The raw identifiers as typed, encrypted; matching uses <see cref="ReportIdentifier"/>.</summary>
    public string? EncryptedIdentifiers { get; private set; }

    public string? EncryptedContact { get; private set; }

    /// <summary>
    /// The reporter's own mobile number, only if they want a content-free SMS when a moderator leaves a message; moderators
    /// never see it. Its keyed hash lets a reply STOP find it; the language is that of the form.
    /// </summary>
    public string? EncryptedSmsNumber { get; private set; }

    public string? SmsKey { get; private set; }

    public const string SmsScope = "safety-report";

    public string? SmsCulture { get; private set; }

    public bool WarnOthers { get; private set; }

    public bool SharePolice { get; private set; }

    public bool WantsSupport { get; private set; }

    public ReportStatus Status { get; private set; }

    public string? EncryptedModeratorMessage { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    public int ArrivalNumber { get; private set; }

    public DateTime? HandledAt { get; private set; }

    public List<ReportIdentifier> Identifiers { get; private set; } = [];

    public sealed record Account(
        IncidentType Type, DateOnly? HappenedOn, string Region, WorkContext Context, string EncryptedNarrative, string? EncryptedPersonDescription,
        string? EncryptedIdentifiers, string? EncryptedContact, bool WarnOthers, bool SharePolice, bool WantsSupport);

    public static SafetyReport Submit(Guid submissionKey, Account account, IEnumerable<(IdentifierKind Kind, string Hash, string Masked)> identifiers,
        string? receiptHash, DateTime? receiptExpiresAt)
    {
        if (!SafetyLabels.Regions.Contains(account.Region))
        {
            throw new RuleException("Kies een regio uit de lijst.");
        }
        var report = new SafetyReport
        {
            SubmissionKey = submissionKey,
            ReceiptHash = receiptHash,
            ReceiptExpiresAt = receiptExpiresAt,
            Type = account.Type,
            HappenedOn = account.HappenedOn,
            Region = account.Region,
            Context = account.Context,
            EncryptedNarrative = account.EncryptedNarrative,
            EncryptedPersonDescription = account.EncryptedPersonDescription,
            EncryptedIdentifiers = account.EncryptedIdentifiers,
            EncryptedContact = account.EncryptedContact,
            WarnOthers = account.WarnOthers,
            SharePolice = account.SharePolice,
            WantsSupport = account.WantsSupport,
            Status = ReportStatus.New,
        };
        report.Identifiers.AddRange(identifiers.DistinctBy(i => i.Hash).Select(i => ReportIdentifier.Create(report.Id, i.Kind, i.Hash, i.Masked)));
        return report;
    }

    public void Arrive(DateOnly day, int number)
    {
        ReceivedOn = day;
        ArrivalNumber = number;
    }

    public bool CanBeFollowedUp(DateTime now) => ReceiptHash is not null && ReceiptExpiresAt > now;

    public void TextMeAt(string encryptedNumber, string numberKey, string culture)
    {
        EncryptedSmsNumber = encryptedNumber;
        SmsKey = numberKey;
        SmsCulture = culture;
    }

    public void StopSms()
    {
        EncryptedSmsNumber = null;
        SmsKey = null;
        SmsCulture = null;
    }

    public void ReceiptUsed(DateTime expiresAt) => ReceiptExpiresAt = expiresAt;

    public void MarkPublished(DateTime now)
    {
        if (!WarnOthers)
        {
            throw new RuleException("De melder heeft geen toestemming gegeven om anderen te waarschuwen.");
        }
        Status = ReportStatus.Published;
        HandledAt ??= now;
    }

    public void MarkHandled(string? encryptedMessage, DateTime now)
    {
        Status = Status == ReportStatus.Published ? ReportStatus.Published : ReportStatus.Handled;
        EncryptedModeratorMessage = encryptedMessage ?? EncryptedModeratorMessage;
        HandledAt ??= now;
    }
}

/// <summary>One identifier of a report: a keyed hash for matching and a masked form for display.</summary>
public class ReportIdentifier : StoredIdentifier
{
    public Guid ReportId { get; private set; }

    public static ReportIdentifier Create(Guid reportId, IdentifierKind kind, string hash, string masked) => new() { ReportId = reportId, Kind = kind, Hash = hash, Masked = masked };
}
