namespace Inclusief.Web.Features.Events;

/// <summary>
/// registered ⇄ cancelled, waitlisted → registered (promoted) or cancelled (left the waitlist).
/// A cancelled registration comes back by registering again with the same address.
/// </summary>
public enum RegistrationStatus
{
    Registered,
    Waitlisted,
    Cancelled,
}

/// <summary>Which kind of place a registration holds.</summary>
public enum Seat
{
    None,
    General,
    Reserved,
}

/// <summary>A choice for a breakout session: a place in it, or a place in its queue.</summary>
public enum SessionChoiceStatus
{
    Confirmed,
    Waitlisted,
}

public static class RegistrationStatuses
{
    public static string Label(RegistrationStatus status) => status switch
    {
        RegistrationStatus.Registered => "Aangemeld",
        RegistrationStatus.Waitlisted => "Op de wachtlijst",
        _ => "Afgemeld",
    };
}
