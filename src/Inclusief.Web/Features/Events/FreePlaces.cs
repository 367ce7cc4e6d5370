namespace Inclusief.Web.Features.Events;

/// <summary>
/// The places still free at an event, from the current counts: the one computation every page shows
/// ("Nog 156 plaatsen (waarvan 19 voor sekswerkers)"), so the list, the event page and the form never disagree.
/// </summary>
public sealed record FreePlaces(int General, int Reserved, RoleCategory? ReservedFor)
{
    public static FreePlaces Of(Event ev, RegistrationDesk.Taken taken) =>
        new(Math.Max(0, ev.GeneralPlaces - taken.General), Math.Max(0, ev.ReservedPlaces - taken.Reserved), ev.ReservedFor);

    /// <summary>Every free place, reserved ones included: what the event still has.</summary>
    public int Total => General + Reserved;

    public bool IsFull => Total == 0;
}
