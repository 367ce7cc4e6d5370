using Inclusief.Web.Infrastructure.Email;

namespace Inclusief.Web.Features.Safety;

/// <summary>Mails of the safety network say that something happened, never what: details stay behind the sign-in.</summary>
public sealed class SafetyMail(MailTemplate template, Mailer mailer)
{
    /// <summary>The alert about a new warning (<see cref="WarningAlert"/>): that there is one, not what it says.</summary>
    public MailMessage WarningPublished(string email, string culture, string warningsUrl) =>
        template.Compose(email, culture, "Nieuwe waarschuwing in je regio",
            ["Er is een nieuwe waarschuwing gepubliceerd in een regio waar je werkt.", "Lees hem na inloggen. Om jou en anderen te beschermen staat de inhoud niet in deze mail."],
            ("Waarschuwingen lezen", warningsUrl));

    public void MembershipDecided(string email, string culture, bool approved, string safetyUrl) =>
        mailer.Queue(template.Compose(email, culture, approved ? "Je bent lid van het veiligheidsnetwerk" : "Over je aanmelding voor het veiligheidsnetwerk",
            [approved ? "Je aanmelding is goedgekeurd. Je ziet nu de waarschuwingen in je regio's en kunt de klantcheck gebruiken." : "We hebben je aanmelding niet goedgekeurd. Op de site lees je waarom; je kunt ons altijd een bericht sturen."],
            ("Naar het veiligheidsnetwerk", safetyUrl)));

    public void MembershipChanged(string email, string culture, MembershipStatus status, string? reason, string safetyUrl) =>
        mailer.Queue(template.Compose(email, culture, "Je lidmaatschap van het veiligheidsnetwerk",
            [status switch
            {
                MembershipStatus.Suspended => "Je lidmaatschap is geschorst. Zolang dat zo is, zie je geen waarschuwingen en kun je de klantcheck niet gebruiken. De reden: {0}",
                MembershipStatus.Revoked => "Je lidmaatschap is beëindigd. De reden: {0}",
                _ => "Je lidmaatschap gaat weer in. Je ziet de waarschuwingen in je regio's en kunt de klantcheck weer gebruiken.",
            }, "Vragen? Stuur de moderatoren een bericht via de site."],
            ("Naar het veiligheidsnetwerk", safetyUrl), [reason ?? ""]));

    public void ConfirmMembership(string email, string culture) =>
        mailer.Queue(template.Compose(email, culture, "Wil je lid blijven van het veiligheidsnetwerk?",
            ["Je hebt het veiligheidsnetwerk een jaar niet gebruikt. Log binnen 30 dagen in en open de waarschuwingen om lid te blijven; anders verwijderen we je lidmaatschap en je gegevens."]));
}
