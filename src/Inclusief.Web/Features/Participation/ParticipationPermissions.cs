namespace Inclusief.Web.Features.Participation;

public static class ParticipationPermissions
{
    /// <summary>Coordinators (with a two-factor sign-in): intake, member lists, group messages.</summary>
    public const string Coordinate = "Participation.Coordinate";
}
