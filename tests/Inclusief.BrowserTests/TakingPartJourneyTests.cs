using System.Text.RegularExpressions;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Inclusief.BrowserTests;

[Collection(BrowserSuite.Name)]
public sealed partial class TakingPartJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task A_visitor_subscribes_to_the_newsletter_and_confirms_from_the_mail()
    {
        var email = $"nieuws-{Guid.NewGuid():N}@example.org";
        var page = await app.NewPageAsync();
        await page.GotoAsync("/Newsletter");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kijk in je mailbox");
        await page.AssertAccessibleAsync();

        var confirmation = await app.MailDev.WaitForTextToAsync(email, "Bevestig je aanmelding voor de nieuwsbrief");
        await page.GotoAsync(Link(confirmation, "/Newsletter/Confirm"));
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelding bevestigen" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Je bent aangemeld voor de nieuwsbrief");
        var welcome = await app.MailDev.WaitForMailToAsync(email, "Welkom bij de nieuwsbrief");
        Assert.Contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click", await app.MailDev.SourceAsync(welcome), StringComparison.Ordinal);
        await page.GotoAsync(Link(welcome.GetProperty("text").GetString()!, "/Newsletter/Unsubscribe"));
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task An_expert_signs_up_is_invited_to_an_intake_becomes_active_and_sees_it_after_returning_by_mail_link()
    {
        var email = $"expert-{Guid.NewGuid():N}@example.org";
        var visitor = await app.NewPageAsync();
        await visitor.GotoAsync("/Participation");
        await visitor.AssertAccessibleAsync();
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Aanmelden: Expertgroep" }).ClickAsync();
        await visitor.AssertAccessibleAsync();
        await visitor.GetByLabel("Naam of schuilnaam").FillAsync("Ivy");
        await visitor.GetByLabel("E-mailadres").FillAsync(email);
        await visitor.GetByLabel("Kennis en ervaring").FillAsync("Twintig jaar ervaring met banken die rekeningen opzeggen.");
        await visitor.GetByLabel("Een presentatie op een bijeenkomst of symposium").CheckAsync();
        await visitor.GetByLabel("Jullie mogen contact met me opnemen", new() { Exact = false }).CheckAsync();
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Aanmelding versturen" }).ClickAsync();
        await Expect(visitor.GetByRole(AriaRole.Status)).ToContainTextAsync("We hebben je aanmelding voor Expertgroep ontvangen");
        await visitor.AssertAccessibleAsync();

        var coordinator = await app.NewPageAsync();
        await coordinator.SignInAsync(app, await app.CreateAsync(StaffRoles.Coordinator, withTwoFactor: true));
        await coordinator.GotoAsync("/Participation/Admin?Query.Status=New");
        await coordinator.AssertAccessibleAsync();
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Ivy" }).First.ClickAsync();
        await coordinator.AssertAccessibleAsync();
        await coordinator.GetByLabel("Datum").FillAsync(TimeProvider.System.GetUtcNow().AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await coordinator.GetByLabel("Tijd").FillAsync("15:30");
        await coordinator.GetByLabel("Plaats").FillAsync("Buurthuis De Kroon, Den Haag");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Gesprek plannen en uitnodiging sturen" }).ClickAsync();
        await Expect(coordinator.GetByTestId("status")).ToHaveTextAsync("Kennismaking gepland");

        var invitation = await app.MailDev.WaitForMailToAsync(email, "Uitnodiging voor een kennismakingsgesprek");
        Assert.Contains(invitation.GetProperty("attachments").EnumerateArray(), a => a.GetProperty("filename").GetString() == "kennismakingsgesprek.ics");
        Assert.Contains("om 15:30", invitation.GetProperty("text").GetString(), StringComparison.Ordinal);

        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Deelnemer actief maken" }).ClickAsync();
        await Expect(coordinator.GetByTestId("status")).ToHaveTextAsync("Actief");
        await coordinator.AssertAccessibleAsync();

        await visitor.GotoAsync("/Participation/Return");
        await visitor.GetByLabel("E-mailadres").FillAsync(email);
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Inloglink sturen" }).ClickAsync();
        await Expect(visitor.GetByRole(AriaRole.Status)).ToContainTextAsync("Als we dit adres kennen");
        await visitor.GotoAsync(Link(await app.MailDev.WaitForTextToAsync(email, "Je inloglink"), "/Participation/Return"));
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).Last.ClickAsync();

        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mijn deelname");
        await Expect(visitor.Locator("main")).ToContainTextAsync("Status: Actief");
        await visitor.AssertAccessibleAsync();
    }

    [Fact]
    public async Task A_partner_organisation_signs_up_and_a_coordinator_makes_it_public()
    {
        var organisation = $"Stichting Samen {Guid.NewGuid():N}"[..26];
        var visitor = await app.NewPageAsync();
        await visitor.GotoAsync("/Participation/SignUp/partner");
        await visitor.GetByLabel("Naam of schuilnaam").FillAsync("Karin");
        await visitor.GetByLabel("E-mailadres").FillAsync($"partner-{Guid.NewGuid():N}@example.org");
        await visitor.GetByLabel("Naam van de organisatie").FillAsync(organisation);
        await visitor.GetByLabel("Soort organisatie").SelectOptionAsync("CareAndWelfare");
        await visitor.GetByLabel("Wat brengt de organisatie in").FillAsync("Een vergaderruimte en vier uur per week.");
        await visitor.GetByLabel("Onze organisatie mag met naam op de openbare lijst").CheckAsync();
        await visitor.GetByLabel("Jullie mogen contact met me opnemen", new() { Exact = false }).CheckAsync();
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Aanmelding versturen" }).ClickAsync();
        await Expect(visitor.GetByRole(AriaRole.Status)).ToContainTextAsync("Samenwerkingspartner");

        var coordinator = await app.NewPageAsync();
        await coordinator.SignInAsync(app, await app.CreateAsync(StaffRoles.Coordinator, withTwoFactor: true));
        await coordinator.GotoAsync("/Organisations/Admin?proposedOnly=true");
        await coordinator.AssertAccessibleAsync();
        await coordinator.GetByRole(AriaRole.Link, new() { Name = organisation }).ClickAsync();
        await coordinator.AssertAccessibleAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Goedkeuren" }).ClickAsync();
        await coordinator.GetByLabel("Deze organisatie is samenwerkingspartner").CheckAsync();
        await coordinator.GetByLabel("Partner sinds").FillAsync("2026-01-01");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await coordinator.GetByLabel("De organisatie heeft toestemming gegeven").CheckAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Openbaar vermelden" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("De organisatie staat nu op de openbare partnerlijst");

        await visitor.GotoAsync("/Organisations/Partners");
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = organisation })).ToBeVisibleAsync();
        await visitor.AssertAccessibleAsync();
    }

    private static string Link(string text, string path) => LinkPattern().Matches(text).Select(m => m.Value).First(l => new Uri(l).AbsolutePath.StartsWith(path, StringComparison.Ordinal));

    [GeneratedRegex(@"http://\S+")]
    private static partial Regex LinkPattern();
}
