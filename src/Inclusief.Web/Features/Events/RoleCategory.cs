namespace Inclusief.Web.Features.Events;

/// <summary>
/// The capacity in which someone attends. Optional, never shown per person: it feeds the attendance figures
/// (aggregates only) and decides who may take a place reserved for a group.
/// </summary>
public enum RoleCategory
{
    SexWorker,
    CivilServant,
    CareWorker,
    Inspector,
    Police,
    ResearcherOrStudent,
    Other,
}

public static class RoleCategories
{
    public static string Label(RoleCategory role) => role switch
    {
        RoleCategory.SexWorker => "Sekswerker",
        RoleCategory.CivilServant => "Ambtenaar",
        RoleCategory.CareWorker => "Hulpverlener",
        RoleCategory.Inspector => "Inspecteur of handhaver",
        RoleCategory.Police => "Politie",
        RoleCategory.ResearcherOrStudent => "Onderzoeker of student",
        _ => "Overig",
    };

    /// <summary>"voor sekswerkers" — used in "waarvan 5 voor sekswerkers".</summary>
    public static string ReservedForLabel(RoleCategory role) => role switch
    {
        RoleCategory.SexWorker => "voor sekswerkers",
        RoleCategory.CivilServant => "voor ambtenaren",
        RoleCategory.CareWorker => "voor hulpverleners",
        RoleCategory.Inspector => "voor inspecteurs en handhavers",
        RoleCategory.Police => "voor politie",
        RoleCategory.ResearcherOrStudent => "voor onderzoekers en studenten",
        _ => "voor overige deelnemers",
    };
}
