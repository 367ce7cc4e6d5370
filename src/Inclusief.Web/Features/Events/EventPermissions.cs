namespace Inclusief.Web.Features.Events;

public static class EventPermissions
{
    /// <summary>Coordinators (with a two-factor sign-in) create events, see registrations and check people in.</summary>
    public const string Organise = "Events.Organise";
}
