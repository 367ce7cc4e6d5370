namespace Inclusief.Web.Features.Policies;

/// <summary>
/// One aspect on which municipal sex-work policies differ, with the values it can take. "Unknown" is always
/// possible: most municipalities have not been mapped on every aspect, and a guess would mislead.
/// </summary>
public sealed record PolicyDimension(string Code, string Label, bool Multiple, IReadOnlyList<(string Value, string Label)> Options)
{
    public const string Unknown = "unknown";

    private static PolicyDimension One(string code, string label, params (string, string)[] options) => new(code, label, false, options);

    private static PolicyDimension Many(string code, string label, params (string, string)[] options) => new(code, label, true, options);

    public static readonly IReadOnlyList<PolicyDimension> All =
    [
        One("cap", "Maximum aantal seksbedrijven", ("local-max", "Lokaal maximum"), ("regional-max", "Regionaal maximum"), ("existing-only", "Alleen bestaande bedrijven"), ("none", "Geen maximum"), ("zero-in-practice", "In de praktijk nul")),
        Many("licensed", "Vergunde bedrijfsvormen", ("window", "Raamprostitutie"), ("club", "Club of privéhuis"), ("massage", "Erotische massage"), ("escort", "Escortbedrijf"), ("cinema", "Seksbioscoop"), ("swingers", "Parenclub"), ("sauna", "Seksauna")),
        Many("banned", "Verboden bedrijfsvormen", ("window", "Raamprostitutie"), ("club", "Club of privéhuis"), ("massage", "Erotische massage"), ("escort", "Escortbedrijf"), ("cinema", "Seksbioscoop"), ("swingers", "Parenclub"), ("sauna", "Seksauna")),
        One("authority", "Wie verleent de vergunning", ("mayor", "Burgemeester"), ("executive", "College van B&W"), ("region", "Regionaal")),
        One("business-plan", "Bedrijfsplan verplicht", ("yes", "Ja"), ("no", "Nee")),
        Many("operator-requirements", "Eisen aan exploitanten", ("bibob", "Bibob-toets"), ("age", "Minimumleeftijd"), ("presence", "Aanwezigheid tijdens openingstijden")),
        One("licence-duration", "Duur van de vergunning", ("indefinite", "Onbepaalde tijd"), ("fixed", "Bepaalde tijd")),
        One("minimum-age", "Minimumleeftijd sekswerkers", ("18", "18 jaar"), ("21", "21 jaar")),
        One("intake", "Intakegesprek", ("none", "Geen"), ("operator", "Door de exploitant"), ("municipality", "Door de gemeente")),
        One("registration", "Registratie van sekswerkers", ("none", "Geen"), ("voluntary", "Vrijwillig"), ("pseudonymous", "Met een pseudoniem nummer"), ("required", "Verplicht"), ("home-licence", "Vergunning voor thuiswerk")),
        One("home-work", "Thuiswerk", ("banned", "Verboden"), ("tolerated", "Gedoogd"), ("conditions", "Toegestaan onder voorwaarden"), ("licence", "Vergunning nodig")),
        One("independent-escort", "Zelfstandige escort", ("exempt", "Vrijgesteld"), ("licence", "Vergunning nodig"), ("unclear", "Onduidelijk")),
        One("advertising", "Regels voor advertenties", ("none", "Geen"), ("licence-number", "Vergunningnummer vermelden"), ("other", "Andere regels")),
        One("windows", "Raamprostitutie", ("none", "Niet aanwezig"), ("zone-cap", "Zone met maximum"), ("relocated", "Verplaatst"), ("closed", "Gesloten")),
        One("hours", "Openingstijden", ("free", "Vrij"), ("restricted", "Beperkt")),
        One("street", "Straatprostitutie", ("none", "Niet aanwezig"), ("tippelzone", "Tippelzone met registratie"), ("closed", "Gesloten")),
        One("zoning", "Ruimtelijke regels", ("none", "Geen"), ("distance", "Afstandsregels"), ("zones", "Alleen in aangewezen gebieden")),
        Many("inspection", "Toezicht", ("routine", "Routinecontroles"), ("joint", "Samen met zorg, GGD of ex-sekswerkers"), ("presence", "Vaste aanwezigheid")),
        One("exit", "Uitstap- en ondersteuningsprogramma", ("none", "Geen"), ("exit", "Uitstapprogramma"), ("support", "Ondersteuning, ook bij blijven werken")),
        One("involvement", "Betrokkenheid van sekswerkers", ("none", "Geen"), ("one-off", "Eenmalige raadpleging"), ("sounding-board", "Vaste klankbordgroep"), ("par", "Participatief actieonderzoek")),
        One("framing", "Kijk op sekswerk", ("work", "Werk als ander werk"), ("legal-not-normal", "Legaal maar niet normaal")),
        One("level", "Eigen of regionaal beleid", ("own", "Eigen beleid"), ("regional", "Regionaal beleid")),
        One("data", "Gegevens over sekswerkers", ("none", "Geen"), ("operator-records", "Administratie bij de exploitant"), ("municipal-register", "Register bij de gemeente")),
    ];

    public static PolicyDimension? Find(string code) => All.FirstOrDefault(d => d.Code == code);

    public string LabelOf(string value) => value == Unknown ? "Onbekend" : Options.FirstOrDefault(o => o.Value == value).Label ?? value;
}
