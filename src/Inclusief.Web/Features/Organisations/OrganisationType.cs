namespace Inclusief.Web.Features.Organisations;

public enum OrganisationType
{
    Municipality,
    Ministry,
    CareAndWelfare,
    Police,
    SexWorkerAdvocacy,
    Operator,
    BankOrFinancial,
    EducationOrResearch,
    Other,
}

public static class OrganisationTypes
{
    /// <summary>The Dutch name shown for a type (translated like any other text).</summary>
    public static string Label(OrganisationType type) => type switch
    {
        OrganisationType.Municipality => "Gemeente",
        OrganisationType.Ministry => "Ministerie",
        OrganisationType.CareAndWelfare => "Zorg en welzijn",
        OrganisationType.Police => "Politie",
        OrganisationType.SexWorkerAdvocacy => "Belangenorganisatie van sekswerkers",
        OrganisationType.Operator => "Exploitant",
        OrganisationType.BankOrFinancial => "Bank of financiële instelling",
        OrganisationType.EducationOrResearch => "Onderwijs- of kennisinstelling",
        _ => "Overig",
    };
}
