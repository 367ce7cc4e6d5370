namespace Inclusief.Web.Features.Participation;

public enum IntakeStatus
{
    Planned,
    OtherTimeRequested,
    Held,
    Cancelled,
}
