using Inclusief.Data;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Complaints;

/// <summary>
/// The first version of the information pages, written once at first start; coordinators rewrite them from
/// then on. General, checked public information — no legal advice.
/// </summary>
public static class GuidanceDefaults
{
    private const string HelpNl = """

        ## Hulp nodig?
        - Kies je bij je melding voor **persoonlijke hulp**, dan neemt een medewerker van de klachtenbalie contact op via je bonnummer (of je e-mail, als je die gaf).
        - **Het Juridisch Loket** geeft gratis juridisch advies: 0900-8020 of juridischloket.nl.
        - **SHOP** in Den Haag helpt sekswerkers met praktische en juridische vragen.
        """;

    private const string HelpEn = """

        ## Need help?
        - If you chose **individual support** in your report, a complaint desk worker will contact you through your receipt code (or your email, if you gave it).
        - **Het Juridisch Loket** gives free legal advice: 0900-8020 or juridischloket.nl.
        - **SHOP** in The Hague helps sex workers with practical and legal questions.
        """;

    private static readonly Dictionary<ComplaintCategory, (string Nl, string En)> Texts = new()
    {
        [ComplaintCategory.BankAccount] = ("""
            ## Je rechten
            Iedereen die legaal in de EU woont heeft recht op een **basisbetaalrekening** (Europese richtlijn betaalrekeningen). Een bank mag je die niet weigeren omdat je sekswerker bent; weigeren of opzeggen moet de bank schriftelijk en met redenen doen.

            ## Zo kun je verder
            1. Vraag de bank om de reden op papier en dien een klacht in via de klachtenprocedure van de bank.
            2. Ben je na acht weken niet tevreden, of reageert de bank niet? Dien een klacht in bij **Kifid** (Klachteninstituut Financiële Dienstverlening).
            3. Denk je dat je gediscrimineerd wordt? Meld het ook bij het **College voor de Rechten van de Mens**.
            """, """
            ## Your rights
            Everyone legally resident in the EU has the right to a **basic payment account** (EU Payment Accounts Directive). A bank may not refuse it because you are a sex worker; a refusal or closure must be in writing and give reasons.

            ## What you can do
            1. Ask the bank for the reason in writing and complain through the bank's complaint procedure.
            2. Not satisfied after eight weeks, or no answer? Complain to **Kifid** (the Dutch financial services complaints institute).
            3. Do you think you are being discriminated against? Also report it to the **Netherlands Institute for Human Rights**.
            """),
        [ComplaintCategory.MortgageOrLoan] = ("""
            ## Je rechten
            Een geldverstrekker mag je inkomen toetsen, maar moet dat bij sekswerk op dezelfde manier doen als bij andere zelfstandigen: met je jaarcijfers en aangiften.

            ## Zo kun je verder
            1. Vraag om de afwijzing en de reden schriftelijk.
            2. Dien een klacht in bij de geldverstrekker; daarna kun je naar **Kifid**.
            """, """
            ## Your rights
            A lender may assess your income, but must treat sex work like other self-employed work: on your annual accounts and tax returns.

            ## What you can do
            1. Ask for the refusal and its reason in writing.
            2. Complain to the lender; after that you can go to **Kifid**.
            """),
        [ComplaintCategory.BusinessPremises] = ("""
            ## Je rechten
            Voor een werkplek gelden de regels van je gemeente (vergunning, bestemmingsplan). Een verhuurder mag je niet om je beroep anders behandelen dan de wet toestaat.

            ## Zo kun je verder
            1. Vraag de gemeente welke regels gelden voor de plek die je zoekt.
            2. Bij een geschil over huur of servicekosten kun je naar de **Huurcommissie**.
            """, """
            ## Your rights
            Your municipality's rules (licence, zoning plan) apply to a workplace. A landlord may not treat you differently because of your profession beyond what the law allows.

            ## What you can do
            1. Ask the municipality which rules apply to the place you are looking for.
            2. For a dispute about rent or service costs you can go to the **Huurcommissie** (rent tribunal).
            """),
        [ComplaintCategory.PermitOrRegistration] = ("""
            ## Je rechten
            Tegen een besluit van de gemeente over een vergunning of inschrijving kun je binnen **zes weken** bezwaar maken. Het besluit vermeldt hoe.

            ## Zo kun je verder
            1. Maak bezwaar bij de gemeente; vraag eventueel uitstel om je bezwaar aan te vullen.
            2. Over de manier waarop je bent behandeld kun je klagen bij de gemeente en daarna bij de **(gemeentelijke of Nationale) ombudsman**.
            """, """
            ## Your rights
            You can object to a municipal decision on a licence or registration within **six weeks**. The decision says how.

            ## What you can do
            1. Lodge an objection with the municipality; ask for more time to complete it if needed.
            2. About how you were treated, complain to the municipality and then to the **(municipal or National) Ombudsman**.
            """),
        [ComplaintCategory.Insurance] = ("""
            ## Je rechten
            Een verzekeraar mag vragen naar je beroep, maar moet een weigering of opzegging uitleggen.

            ## Zo kun je verder
            1. Vraag de reden schriftelijk en klaag bij de verzekeraar.
            2. Daarna kun je naar **Kifid**.
            """, """
            ## Your rights
            An insurer may ask about your profession, but must explain a refusal or cancellation.

            ## What you can do
            1. Ask for the reason in writing and complain to the insurer.
            2. After that you can go to **Kifid**.
            """),
        [ComplaintCategory.DiscriminationOrTreatment] = ("""
            ## Je rechten
            Niemand mag je slechter behandelen vanwege wie je bent. Word je onheus bejegend door de politie of een overheid, dan kun je daarover klagen.

            ## Zo kun je verder
            1. Meld discriminatie bij de **antidiscriminatievoorziening** in je gemeente of bij het **College voor de Rechten van de Mens**.
            2. Over de politie klaag je via de klachtenprocedure van de politie; daarna bij de **Nationale ombudsman**.
            """, """
            ## Your rights
            Nobody may treat you worse because of who you are. If the police or a government body treated you improperly, you can complain.

            ## What you can do
            1. Report discrimination to your municipality's **anti-discrimination service** or the **Netherlands Institute for Human Rights**.
            2. About the police, use the police complaint procedure, then the **National Ombudsman**.
            """),
        [ComplaintCategory.Privacy] = ("""
            ## Je rechten
            Je mag elke organisatie vragen welke gegevens ze over je hebben (inzage) en ze laten verbeteren of verwijderen (AVG).

            ## Zo kun je verder
            1. Stuur de organisatie een inzage- of verwijderverzoek; ze moeten binnen een maand antwoorden.
            2. Krijg je geen goed antwoord, dan kun je klagen bij de **Autoriteit Persoonsgegevens**.
            """, """
            ## Your rights
            You may ask any organisation which data they hold about you (access) and have it corrected or erased (GDPR).

            ## What you can do
            1. Send the organisation an access or erasure request; they must answer within a month.
            2. No proper answer? Complain to the **Dutch Data Protection Authority** (Autoriteit Persoonsgegevens).
            """),
        [ComplaintCategory.Other] = ("""
            ## Zo kun je verder
            Bijna elke organisatie heeft een klachtenprocedure: begin daar, en bewaar wat je stuurt en krijgt. Een medewerker van de klachtenbalie kan meedenken over de volgende stap.
            """, """
            ## What you can do
            Almost every organisation has a complaint procedure: start there, and keep what you send and receive. A complaint desk worker can help you think about the next step.
            """),
    };

    public static async Task SeedAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var present = (await db.Set<ComplaintGuidance>().Select(g => new { g.Category, g.Culture }).ToListAsync()).Select(g => (g.Category, g.Culture)).ToHashSet();
        foreach (var (category, (nl, en)) in Texts)
        {
            if (!present.Contains((category, "nl")))
            {
                db.Add(ComplaintGuidance.Write(category, "nl", nl + HelpNl, null, now));
            }
            if (!present.Contains((category, "en")))
            {
                db.Add(ComplaintGuidance.Write(category, "en", en + HelpEn, null, now));
            }
        }
        await db.SaveChangesAsync();
    }
}
