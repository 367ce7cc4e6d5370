namespace Inclusief.Web.Features.Safety;

public enum IncidentType
{
    PhysicalViolence,
    SexualViolence,
    Robbery,
    ThreatOrBlackmail,
    Stealthing,
    RefusalToPay,
    HarassmentOrStalking,
    FakeClient,
    Other,
}

[Flags]
public enum WorkContext
{
    None = 0,
    Window = 1,
    Club = 2,
    Escort = 4,
    Home = 8,
    Street = 16,
    Online = 32,
}

public enum IdentifierKind
{
    Phone,
    Email,
    Plate,
    Handle,
}

public enum Severity
{
    Caution,
    Serious,
    Danger,
}

public static class SafetyLabels
{
    /// <summary>Warnings go by province: wide enough that a region never points at a reporter's address.</summary>
    public static readonly IReadOnlyList<string> Regions =
        ["Drenthe", "Flevoland", "Fryslân", "Gelderland", "Groningen", "Limburg", "Noord-Brabant", "Noord-Holland", "Overijssel", "Utrecht", "Zeeland", "Zuid-Holland"];

    public static string Label(IncidentType type) => type switch
    {
        IncidentType.PhysicalViolence => "Lichamelijk geweld",
        IncidentType.SexualViolence => "Seksueel geweld",
        IncidentType.Robbery => "Beroving",
        IncidentType.ThreatOrBlackmail => "Bedreiging of afpersing",
        IncidentType.Stealthing => "Stiekem condoom af (stealthing)",
        IncidentType.RefusalToPay => "Weigeren te betalen",
        IncidentType.HarassmentOrStalking => "Lastigvallen of stalken",
        IncidentType.FakeClient => "Nepklant of tijdverspiller",
        _ => "Iets anders",
    };

    public static string Label(WorkContext context) => context switch
    {
        WorkContext.Window => "Raam",
        WorkContext.Club => "Club of privéhuis",
        WorkContext.Escort => "Escort",
        WorkContext.Home => "Thuiswerk",
        WorkContext.Street => "Straat",
        WorkContext.Online => "Online",
        _ => "Niet opgegeven",
    };

    public static IEnumerable<WorkContext> Contexts => [WorkContext.Window, WorkContext.Club, WorkContext.Escort, WorkContext.Home, WorkContext.Street, WorkContext.Online];

    public static string Label(IdentifierKind kind) => kind switch
    {
        IdentifierKind.Phone => "Telefoonnummer",
        IdentifierKind.Email => "E-mailadres",
        IdentifierKind.Plate => "Kenteken",
        _ => "Online naam",
    };

    public static string Label(Severity severity) => severity switch
    {
        Severity.Caution => "Let op",
        Severity.Serious => "Ernstig",
        _ => "Gevaar",
    };
}
