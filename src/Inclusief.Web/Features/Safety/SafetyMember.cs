namespace Inclusief.Web.Features.Safety;

/// <summary>How an alert by SMS reads: neutral (the default) says nothing a person holding the phone could read as outing.</summary>
public enum SmsWording
{
    Neutral,
    Explicit,
}

public enum MembershipStatus
{
    Applied,
    Approved,
    Rejected,

    /// <summary>For now no warnings and no client check; a moderator can reinstate.</summary>
    Suspended,

    /// <summary>Membership ended by a moderator.</summary>
    Revoked,
}

/// <summary>
/// A sex worker or outreach worker in the safety network, under a working name. Only approved members see
/// warnings and use the client check, so the people warned about cannot read them.
/// </summary>
public class SafetyMember
{
    public const string CipherPurpose = "safety.member";

    public Guid Id { get; private set; } = Guid.NewGuid();

    public string UserId { get; private set; } = "";

    public string WorkingName { get; private set; } = "";

    /// <summary>Where alert mails go; encrypted, decrypted only to send.</summary>
    public string EncryptedEmail { get; private set; } = "";

    /// <summary>Provinces, separated by '|'.</summary>
    public string Regions { get; private set; } = "";

    public WorkContext Context { get; private set; }

    public bool IsOutreachWorker { get; private set; }

    public string? OutreachOrganisation { get; private set; }

    public bool AlertByEmail { get; private set; } = true;

    /// <summary>The member's mobile number for alerts, once its SMS code came back; encrypted like the address.</summary>
    public string? EncryptedPhone { get; private set; }

    /// <summary>Keyed hash of the number, so a STOP from it finds the membership without a readable column.</summary>
    public string? PhoneKey { get; private set; }

    /// <summary>The scope of <see cref="PhoneKey"/> (see <see cref="Infrastructure.Sms.MobileNumber.KeyWith"/>).</summary>
    public const string SmsScope = "safety-member";

    public SmsWording SmsWording { get; private set; }

    public bool AlertBySms => EncryptedPhone is not null;

    /// <summary>Alerts by SMS to a number whose code came back.</summary>
    public void UsePhone(string encryptedPhone, string phoneKey, SmsWording wording)
    {
        RuleException.Unless(Enum.IsDefined(wording), "Kies hoe de sms klinkt.");
        EncryptedPhone = encryptedPhone;
        PhoneKey = phoneKey;
        SmsWording = wording;
    }

    public void Word(SmsWording wording)
    {
        RuleException.Unless(EncryptedPhone is not null, "Je krijgt geen sms; voeg eerst een nummer toe.");
        RuleException.Unless(Enum.IsDefined(wording), "Kies hoe de sms klinkt.");
        SmsWording = wording;
    }

    /// <summary>No more SMS, and the number goes: by the member's choice, a reply STOP, or erasure.</summary>
    public void StopSms()
    {
        EncryptedPhone = null;
        PhoneKey = null;
    }

    public MembershipStatus Status { get; private set; }

    public string? RejectionReason { get; private set; }

    public DateTime AppliedAt { get; private set; }

    public DateTime? DecidedAt { get; private set; }

    public string? DecidedById { get; private set; }

    public DateTime LastActiveAt { get; private set; }

    /// <summary>The day of the member's latest client checks and how many there were (for the daily quota only).</summary>
    public DateOnly? ChecksOn { get; private set; }

    public int ChecksMade { get; private set; }

    public DateTime? AskedToConfirmAt { get; private set; }

    public IReadOnlyList<string> RegionList => Regions.Split('|', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Regions an approved member added; warnings for them arrive only once a moderator agrees.</summary>
    public string? PendingRegions { get; private set; }

    public IReadOnlyList<string> PendingRegionList => (PendingRegions ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries);

    public static SafetyMember Apply(string userId, string workingName, string encryptedEmail, IReadOnlyCollection<string> regions, WorkContext context,
        string? outreachOrganisation, DateTime now)
    {
        var member = new SafetyMember { UserId = userId, AppliedAt = now, LastActiveAt = now, Status = MembershipStatus.Applied };
        member.Change(workingName, encryptedEmail, regions, context, outreachOrganisation, alertByEmail: true);
        return member;
    }

    public void Change(string workingName, string encryptedEmail, IReadOnlyCollection<string> regions, WorkContext context, string? outreachOrganisation, bool alertByEmail)
    {
        if (regions.Count == 0 || regions.Any(r => !SafetyLabels.Regions.Contains(r)))
        {
            throw new RuleException("Kies minstens één regio uit de lijst.");
        }
        WorkingName = workingName.Trim();
        EncryptedEmail = encryptedEmail;
        var chosen = regions.Distinct().ToList();
        if (Status == MembershipStatus.Approved)
        {
            // Dropping a region takes effect at once; a new one waits for a moderator, as the application did.
            var kept = chosen.Intersect(RegionList).ToList();
            var added = chosen.Except(RegionList).ToList();
            Regions = kept.Count > 0 ? string.Join('|', kept) : Regions;
            PendingRegions = added.Count > 0 ? string.Join('|', added) : null;
        }
        else
        {
            Regions = string.Join('|', chosen);
        }
        Context = context;
        IsOutreachWorker = !string.IsNullOrWhiteSpace(outreachOrganisation);
        OutreachOrganisation = IsOutreachWorker ? outreachOrganisation!.Trim() : null;
        AlertByEmail = alertByEmail;
    }

    public void Approve(string moderatorId, DateTime now) => Decide(MembershipStatus.Approved, null, moderatorId, now);

    public void Reject(string reason, string moderatorId, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new RuleException("Schrijf kort waarom, zodat de aanvrager het begrijpt.");
        }
        Decide(MembershipStatus.Rejected, reason.Trim(), moderatorId, now);
    }

    /// <summary>Why a moderator suspended or revoked the membership (told to the member).</summary>
    public string? StatusReason { get; private set; }

    public void Suspend(string reason, string moderatorId, DateTime now) => End(MembershipStatus.Suspended, reason, moderatorId, now, MembershipStatus.Approved);

    /// <summary>Ends an approved or suspended membership.</summary>
    public void Revoke(string reason, string moderatorId, DateTime now) => End(MembershipStatus.Revoked, reason, moderatorId, now, MembershipStatus.Approved, MembershipStatus.Suspended);

    public void ApproveRegions()
    {
        if (PendingRegions is null)
        {
            throw new RuleException("Er wachten geen nieuwe regio's.");
        }
        Regions = string.Join('|', RegionList.Concat(PendingRegionList).Distinct());
        PendingRegions = null;
    }

    public void Reinstate(string moderatorId, DateTime now)
    {
        if (Status != MembershipStatus.Suspended)
        {
            throw new RuleException("Alleen een geschorst lidmaatschap kan weer ingaan.");
        }
        Status = MembershipStatus.Approved;
        StatusReason = null;
        DecidedById = moderatorId;
        DecidedAt = now;
    }

    private void End(MembershipStatus status, string reason, string moderatorId, DateTime now, params MembershipStatus[] from)
    {
        if (!from.Contains(Status))
        {
            throw new RuleException("Dit kan alleen bij een goedgekeurd lidmaatschap.");
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new RuleException("Schrijf kort waarom; het lid krijgt de reden te lezen.");
        }
        Status = status;
        StatusReason = reason.Trim()[..Math.Min(reason.Trim().Length, 1000)];
        DecidedById = moderatorId;
        DecidedAt = now;
    }

    public void WasActive(DateTime now)
    {
        LastActiveAt = now;
        AskedToConfirmAt = null;
    }

    public void AskedToConfirm(DateTime now) => AskedToConfirmAt = now;

    private void Decide(MembershipStatus status, string? reason, string moderatorId, DateTime now)
    {
        if (Status != MembershipStatus.Applied)
        {
            throw new RuleException("Over deze aanvraag is al besloten.");
        }
        Status = status;
        RejectionReason = reason;
        DecidedById = moderatorId;
        DecidedAt = now;
    }
}
