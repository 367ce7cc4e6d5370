namespace Inclusief.Web.Infrastructure.Sms;

/// <summary>What an SMS is for: delivery figures are counted per purpose, never per number.</summary>
public static class SmsPurpose
{
    public const string Code = "code";
    public const string SafetyWarning = "safety-warning";
    public const string StopConfirmation = "stop";
    public const string ComplaintNudge = "complaint-nudge";
    public const string SafetyFollowUp = "safety-follow-up";
    public const string EventReminder = "event-reminder";

    /// <summary>The Dutch label, a key for the localizer.</summary>
    public static string Label(string purpose) => purpose switch
    {
        Code => "Codes voor een nummer",
        SafetyWarning => "Waarschuwingen",
        StopConfirmation => "Bevestigingen van STOP",
        ComplaintNudge => "Er is een antwoord (klachtenloket)",
        SafetyFollowUp => "Er is een bericht (veiligheidsmelding)",
        EventReminder => "Herinneringen aan bijeenkomsten",
        _ => purpose,
    };
}
