namespace Inclusief.Web.Infrastructure.Consents;

/// <summary>
/// A purpose someone can consent to, with the exact (Dutch, translated) wording shown and its version.
/// Change the wording, raise the version: earlier consents keep pointing at what people actually saw.
/// </summary>
public sealed record ConsentPurpose(string Code, string WordingVersion, string Wording)
{
    public static readonly ConsentPurpose Newsletter = new("newsletter", "2026-11-v1",
        "Ik wil de nieuwsbrief ontvangen op dit e-mailadres. Ik kan me altijd met één klik afmelden.");

    public static readonly ConsentPurpose ContactAboutApplication = new("contact-about-application", "2026-11-v1",
        "Jullie mogen contact met me opnemen over mijn aanmelding, bijvoorbeeld om een kennismakingsgesprek te plannen.");

    public static readonly ConsentPurpose ListOrganisationPublicly = new("list-organisation-publicly", "2026-11-v1",
        "Onze organisatie mag met naam op de openbare lijst van samenwerkingspartners staan.");

    public static readonly ConsentPurpose ShareLivedExperience = new("share-lived-experience", "2026-11-v1",
        "Ik vertel uit eigen keuze dat ik ervaring heb als sekswerker, zodat de coördinatoren weten vanuit welk perspectief ik meedoe.");

    public static readonly ConsentPurpose EventRegistration = new("event-registration", "2026-11-v1",
        "Jullie mogen mijn gegevens gebruiken voor deze aanmelding: de bevestiging, een herinnering, wijzigingen in het programma en een korte vraag achteraf.");

    public static readonly IReadOnlyList<ConsentPurpose> All = [Newsletter, ContactAboutApplication, ListOrganisationPublicly, ShareLivedExperience, EventRegistration];

    public static ConsentPurpose? Find(string code) => All.FirstOrDefault(p => p.Code == code);
}
