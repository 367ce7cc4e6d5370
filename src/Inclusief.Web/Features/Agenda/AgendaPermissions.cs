namespace Inclusief.Web.Features.Agenda;

public static class AgendaPermissions
{
    /// <summary>Coordinators (two-factor sign-in) write the programme lines and publish versions; everyone reads what is published.</summary>
    public const string Edit = "Agenda.Edit";
}
