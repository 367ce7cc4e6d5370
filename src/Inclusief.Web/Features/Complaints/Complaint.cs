using Inclusief.Web.Infrastructure.Localization;
using Inclusief.Web.Infrastructure.Privacy;

namespace Inclusief.Web.Features.Complaints;

/// <summary>
/// A report to the complaint desk. Everything the reporter wrote (what happened, the organisation's name, contact
/// details, messages) is stored encrypted; the category fields stay readable for the statistics, and stay after
/// the retention rule has removed the rest. The reporter is known only by a receipt code's hash, unless they
/// filed it signed in. What the reporter does is kept by the day, never the time (<see cref="IArrival"/>).
/// </summary>
public class Complaint : IArrival
{
    public const string SubjectType = "complaint";
    public const string CipherPurpose = "complaints.case";
    public const int NarrativeMaxLength = 8000;
    public const int OrganisationNameMaxLength = 200;

    public Guid Id { get; private set; } = Guid.NewGuid();

    /// <summary>The form's one-time key: the same form sent twice files one complaint.</summary>
    public Guid SubmissionKey { get; private set; }

    public string? ReceiptHash { get; private set; }

    public DateTime? ReceiptExpiresAt { get; private set; }

    public string? UserId { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    public int ArrivalNumber { get; private set; }

    /// <summary>The language the reporter wrote in; mails to them use it.</summary>
    public string Culture { get; private set; } = "nl";

    public OrganisationKind OrganisationKind { get; private set; }

    public string? EncryptedOrganisationName { get; private set; }

    public ComplaintCategory Category { get; private set; }

    public DateOnly? HappenedOn { get; private set; }

    public string? MunicipalityCode { get; private set; }

    public ReporterWish Wish { get; private set; }

    public string? EncryptedNarrative { get; private set; }

    public string? EncryptedEmail { get; private set; }

    public string? EncryptedPhone { get; private set; }

    /// <summary>
    /// The keyed hash of <see cref="EncryptedPhone"/> while it is a mobile number that takes the content-free SMS "there is
    /// an answer"; a reply STOP clears it (<see cref="StopSms"/>), the caseworker still sees the number.
    /// </summary>
    public string? SmsKey { get; private set; }

    /// <summary>The scope of <see cref="SmsKey"/> (see <see cref="Infrastructure.Sms.MobileNumber.KeyWith"/>).</summary>
    public const string SmsScope = "complaint";

    public ComplaintStatus Status { get; private set; }

    public ComplaintOutcome? Outcome { get; private set; }

    public string? AssignedToId { get; private set; }

    public ComplaintPriority Priority { get; private set; }

    /// <summary>
    /// The priority as a number that sorts, urgent highest: <see cref="Priority"/> is stored by name, which does not sort
    /// that way, and the queue's order comes from an index on this.
    /// </summary>
    public int PriorityRank { get; private set; }

    /// <summary>
    /// The thread ends with a message from the reporter that no caseworker has answered (internal notes are no answer).
    /// Kept on closed cases too: whether a case waits for a caseworker is <see cref="HasNewMessage"/> (one case) or
    /// <see cref="CaseworkerInbox.WithNewMessage"/> (a query).
    /// </summary>
    public bool AwaitsReply { get; private set; }

    public string Tags { get; private set; } = "";

    public DateTime? FirstResponseAt { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    public DateOnly? ReferralConsentOn { get; private set; }

    public Guid? ReferredToOrganisationId { get; private set; }

    public DateTime? NarrativeRemovedAt { get; private set; }

    public List<ComplaintMessage> Messages { get; private set; } = [];

    public sealed record Report(
        OrganisationKind OrganisationKind, string? EncryptedOrganisationName, ComplaintCategory Category, DateOnly? HappenedOn, string? MunicipalityCode,
        ReporterWish Wish, string EncryptedNarrative, string? EncryptedEmail, string? EncryptedPhone, string? SmsKey);

    public static Complaint Submit(Guid submissionKey, Report report, string receiptHash, DateTime receiptExpiresAt, string? userId, string culture) => new()
    {
        Culture = culture,
        SubmissionKey = submissionKey,
        ReceiptHash = receiptHash,
        ReceiptExpiresAt = receiptExpiresAt,
        UserId = userId,
        OrganisationKind = report.OrganisationKind,
        EncryptedOrganisationName = report.EncryptedOrganisationName,
        Category = report.Category,
        HappenedOn = report.HappenedOn,
        MunicipalityCode = report.MunicipalityCode,
        Wish = report.Wish,
        EncryptedNarrative = report.EncryptedNarrative,
        EncryptedEmail = report.EncryptedEmail,
        EncryptedPhone = report.EncryptedPhone,
        SmsKey = report.SmsKey,
        Status = ComplaintStatus.New,
    };

    public void Arrive(DateOnly day, int number)
    {
        ReceivedOn = day;
        ArrivalNumber = number;
    }

    /// <summary>
    /// When a reporter who asked for something should have had a first response: by the end of the Nth working
    /// day (Mon–Fri, programme time) after the day of the report.
    /// </summary>
    public DateTime FirstResponseDueAt(int workingDays) => FirstResponseDueAt(ReceivedOn, workingDays);

    public static DateTime FirstResponseDueAt(DateOnly receivedOn, int workingDays)
    {
        var due = receivedOn;
        for (var added = 0; added < workingDays;)
        {
            due = due.AddDays(1);
            if (due.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday)
            {
                added++;
            }
        }
        return ProgrammeTime.StartOf(due.AddDays(1));
    }

    /// <summary>
    /// The last day of arrival that is overdue at <paramref name="now"/>. The due moment only moves later with the day
    /// a report arrived, so "overdue" is "arrived on or before this day": a condition the database can count and page.
    /// </summary>
    public static DateOnly LastOverdueArrivalDay(DateTime now, int workingDays)
    {
        var day = ProgrammeTime.DayOf(now);
        while (now <= FirstResponseDueAt(day, workingDays))
        {
            day = day.AddDays(-1);
        }
        return day;
    }

    /// <summary>The same rule as <see cref="CaseworkerInbox.Overdue"/>, for one loaded case.</summary>
    public bool IsOverdue(DateTime now, int workingDays) =>
        Status != ComplaintStatus.Closed && FirstResponseAt is null && Wish != ReporterWish.OnlyCounted && ReceivedOn <= LastOverdueArrivalDay(now, workingDays);

    /// <summary>The same rule as <see cref="CaseworkerInbox.WithNewMessage"/>, for one loaded case.</summary>
    public bool HasNewMessage => Status != ComplaintStatus.Closed && AwaitsReply;

    public bool CanBeFollowedUp(DateTime now) => ReceiptHash is not null && ReceiptExpiresAt > now && NarrativeRemovedAt is null;

    /// <summary>Every use of the code keeps it alive for another period.</summary>
    public void ReceiptUsed(DateTime expiresAt) => ReceiptExpiresAt = expiresAt;

    public ComplaintMessage ReplyToReporter(string authorId, string encryptedText, DateTime now)
    {
        EnsureOpenForMessages();
        FirstResponseAt ??= now;
        if (Status == ComplaintStatus.New)
        {
            Status = ComplaintStatus.InProgress;
        }
        return Add(ComplaintMessage.ByCaseworker(Id, authorId, encryptedText, isInternal: false, ProgrammeTime.DayOf(now), NextNumber));
    }

    public ComplaintMessage AddInternalNote(string authorId, string encryptedText, DateTime now)
    {
        EnsureOpenForMessages();
        return Add(ComplaintMessage.ByCaseworker(Id, authorId, encryptedText, isInternal: true, ProgrammeTime.DayOf(now), NextNumber));
    }

    public ComplaintMessage ReporterWrites(string encryptedText, DateTime now)
    {
        if (Status == ComplaintStatus.Closed)
        {
            throw new RuleException("Deze melding is gesloten. Heb je een nieuwe klacht? Doe dan een nieuwe melding.");
        }
        EnsureOpenForMessages();
        if (Status == ComplaintStatus.WaitingForReporter)
        {
            Status = ComplaintStatus.InProgress;
        }
        return Add(ComplaintMessage.ByReporter(Id, encryptedText, ProgrammeTime.DayOf(now), NextNumber));
    }

    public void MoveTo(ComplaintStatus status, ComplaintOutcome? outcome, DateTime now)
    {
        if (!ComplaintStatuses.CanMove(Status, status))
        {
            throw new RuleException("Deze stap kan niet vanuit de huidige status.");
        }
        if (NarrativeRemovedAt is not null)
        {
            throw new RuleException("Deze melding is na de bewaartermijn geanonimiseerd en kan niet meer worden geopend.");
        }
        if (status == ComplaintStatus.Referred)
        {
            throw new RuleException("Doorverwijzen doe je met de knop ‘Doorverwijzen’, als de melder daarvoor toestemming heeft gegeven.");
        }
        if (status == ComplaintStatus.Closed)
        {
            Outcome = outcome ?? throw new RuleException("Kies de uitkomst als je de melding sluit.");
            ClosedAt = now;
        }
        else
        {
            Outcome = null;
            ClosedAt = null;
        }
        Status = status;
    }

    public void Assign(string? caseworkerId) => AssignedToId = caseworkerId;

    public void Prioritise(ComplaintPriority priority)
    {
        PriorityRank = priority switch
        {
            ComplaintPriority.Urgent => 2,
            ComplaintPriority.High => 1,
            ComplaintPriority.Normal => 0,
            _ => throw new RuleException("Kies een prioriteit uit de lijst."),
        };
        Priority = priority;
    }

    public void Tag(string? tags) =>
        Tags = string.Join(", ", (tags ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase).Take(10));

    /// <summary>The reporter agrees that the desk hands the case to a partner organisation.</summary>
    public void ConsentToReferral(DateTime now) => ReferralConsentOn ??= ProgrammeTime.DayOf(now);

    public void Refer(Guid organisationId, DateTime now)
    {
        if (ReferralConsentOn is null)
        {
            throw new RuleException("Doorverwijzen kan alleen als de melder daar toestemming voor heeft gegeven.");
        }
        if (Status == ComplaintStatus.Closed)
        {
            throw new RuleException("Deze stap kan niet vanuit de huidige status.");
        }
        FirstResponseAt ??= now;
        ReferredToOrganisationId = organisationId;
        Status = ComplaintStatus.Referred;
    }

    public void StopSms() => SmsKey = null;

    /// <summary>Retention: what the reporter wrote goes; the category fields stay for the statistics.</summary>
    public void RemoveNarrative(DateTime now)
    {
        EncryptedNarrative = null;
        EncryptedOrganisationName = null;
        EncryptedEmail = null;
        EncryptedPhone = null;
        SmsKey = null;
        ReceiptHash = null;
        ReceiptExpiresAt = null;
        UserId = null;
        Tags = "";
        NarrativeRemovedAt = now;
        Messages.Clear();
        AwaitsReply = false;
    }

    private void EnsureOpenForMessages()
    {
        if (NarrativeRemovedAt is not null)
        {
            throw new RuleException("Deze melding is na de bewaartermijn geanonimiseerd en kan niet meer worden geopend.");
        }
    }

    /// <summary>Messages keep the day only, so the thread is ordered by number; a case is loaded with its messages to write one.</summary>
    private int NextNumber => Messages.Count == 0 ? 1 : Messages.Max(m => m.Number) + 1;

    private ComplaintMessage Add(ComplaintMessage message)
    {
        Messages.Add(message);
        if (!message.IsInternal)
        {
            AwaitsReply = message.FromReporter;
        }
        return message;
    }
}
