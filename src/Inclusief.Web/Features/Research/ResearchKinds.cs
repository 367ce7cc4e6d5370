namespace Inclusief.Web.Features.Research;

/// <summary>The phases of participatory action research (seed 002, Den Bosch).</summary>
public enum ResearchPhase
{
    Preparation,
    Inventory,
    FocusGroups,
    ActionPlanning,
    Implementation,
    Evaluation,
    Closed,
}

/// <summary>Who speaks in an inventory: every party at the table, sex workers first.</summary>
public enum StakeholderGroup
{
    SexWorkers,
    Municipality,
    CareOrganisation,
    Police,
    Inspection,
    Operators,
    HousingCorporation,
    Other,
}

public enum ActionStatus
{
    Planned,
    InProgress,
    Done,
    Dropped,
}

public static class ResearchLabels
{
    public static string Label(ResearchPhase phase) => phase switch
    {
        ResearchPhase.Preparation => "Voorbereiding",
        ResearchPhase.Inventory => "Inventarisatie",
        ResearchPhase.FocusGroups => "Focusgroepen",
        ResearchPhase.ActionPlanning => "Acties plannen",
        ResearchPhase.Implementation => "Uitvoering",
        ResearchPhase.Evaluation => "Evaluatie",
        _ => "Afgesloten",
    };

    public static string Label(StakeholderGroup group) => group switch
    {
        StakeholderGroup.SexWorkers => "Sekswerkers",
        StakeholderGroup.Municipality => "Gemeente",
        StakeholderGroup.CareOrganisation => "Zorg- en hulpverlening",
        StakeholderGroup.Police => "Politie",
        StakeholderGroup.Inspection => "Toezicht en handhaving",
        StakeholderGroup.Operators => "Exploitanten",
        StakeholderGroup.HousingCorporation => "Woningcorporaties",
        _ => "Anders",
    };

    public static string Label(ActionStatus status) => status switch
    {
        ActionStatus.Planned => "Gepland",
        ActionStatus.InProgress => "Bezig",
        ActionStatus.Done => "Klaar",
        _ => "Gestopt",
    };
}

