namespace Inclusief.Web.Features.Complaints;

/// <summary>The kind of organisation the complaint is about.</summary>
public enum OrganisationKind
{
    BankOrPaymentProvider,
    Insurer,
    LandlordOrHousing,
    Municipality,
    Police,
    TaxOffice,
    CareProvider,
    PlatformOrAdvertiser,
    Other,
}

/// <summary>What the complaint is about; decides which information the reporter sees right after submitting.</summary>
public enum ComplaintCategory
{
    BankAccount,
    MortgageOrLoan,
    BusinessPremises,
    PermitOrRegistration,
    Insurance,
    DiscriminationOrTreatment,
    Privacy,
    Other,
}

/// <summary>What the reporter wants from the desk.</summary>
public enum ReporterWish
{
    InformationOnly,
    IndividualSupport,
    OnlyCounted,
}

public enum ComplaintPriority
{
    Normal,
    High,
    Urgent,
}

public static class ComplaintLabels
{
    public static string Label(OrganisationKind kind) => kind switch
    {
        OrganisationKind.BankOrPaymentProvider => "Bank of betaaldienst",
        OrganisationKind.Insurer => "Verzekeraar",
        OrganisationKind.LandlordOrHousing => "Verhuurder of woningcorporatie",
        OrganisationKind.Municipality => "Gemeente",
        OrganisationKind.Police => "Politie",
        OrganisationKind.TaxOffice => "Belastingdienst",
        OrganisationKind.CareProvider => "Zorg- of hulpverlener",
        OrganisationKind.PlatformOrAdvertiser => "Platform of advertentiesite",
        _ => "Andere organisatie",
    };

    public static string Label(ComplaintCategory category) => category switch
    {
        ComplaintCategory.BankAccount => "Bankrekening geweigerd of opgezegd",
        ComplaintCategory.MortgageOrLoan => "Hypotheek of lening",
        ComplaintCategory.BusinessPremises => "Bedrijfsruimte of werkplek",
        ComplaintCategory.PermitOrRegistration => "Vergunning of inschrijving",
        ComplaintCategory.Insurance => "Verzekering",
        ComplaintCategory.DiscriminationOrTreatment => "Discriminatie of bejegening",
        ComplaintCategory.Privacy => "Privacy",
        _ => "Iets anders",
    };

    public static string Label(ReporterWish wish) => wish switch
    {
        ReporterWish.InformationOnly => "Alleen informatie",
        ReporterWish.IndividualSupport => "Persoonlijke hulp",
        _ => "Alleen laten meetellen",
    };

    public static string Label(ComplaintPriority priority) => priority switch
    {
        ComplaintPriority.Normal => "Normaal",
        ComplaintPriority.High => "Hoog",
        _ => "Urgent",
    };
}
