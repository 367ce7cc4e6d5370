using Inclusief.Tests.Support;
using Inclusief.Web.Features.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Inclusief.BrowserTests;

[Collection(BrowserSuite.Name)]
public sealed class ComplaintJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task An_anonymous_report_is_answered_read_with_the_receipt_code_answered_back_and_closed()
    {
        var narrative = $"De bank zegt mijn zakelijke rekening op ({Guid.NewGuid():N}).";
        var reporter = await app.NewPageAsync();
        await reporter.GotoAsync("/Complaints");
        await Expect(reporter.GetByRole(AriaRole.Link, new() { Name = "Snel weg" })).ToBeVisibleAsync();
        await reporter.AssertAccessibleAsync();
        await reporter.GetByLabel("Wat is er gebeurd?").FillAsync(narrative);
        await reporter.GetByLabel("Waar gaat je klacht over?").SelectOptionAsync("BankAccount");
        await reporter.GetByLabel("Met wat voor organisatie?").SelectOptionAsync("BankOrPaymentProvider");
        await reporter.GetByLabel("Persoonlijke hulp").CheckAsync();
        await reporter.GetByRole(AriaRole.Button, new() { Name = "Melding versturen" }).ClickAsync();

        var receipt = (await reporter.GetByTestId("receipt").InnerTextAsync()).Trim();
        Assert.Matches("^[0-9 ]{19}$", receipt);
        Assert.DoesNotContain(receipt.Replace(" ", "", StringComparison.Ordinal), reporter.Url.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        await Expect(reporter.GetByTestId("guidance")).ToContainTextAsync("basisbetaalrekening");
        await reporter.AssertAccessibleAsync();

        var caseworker = await app.NewPageAsync();
        await caseworker.SignInAsync(app, await app.CreateAsync(StaffRoles.Caseworker, withTwoFactor: true));
        await caseworker.GotoAsync("/Complaints/Admin");
        await caseworker.AssertAccessibleAsync();
        await caseworker.GetByRole(AriaRole.Row).Filter(new() { HasText = "Bankrekening geweigerd" }).Last.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(caseworker.GetByTestId("narrative")).ToHaveTextAsync(narrative);
        await caseworker.AssertAccessibleAsync();
        await caseworker.GetByLabel("Antwoord aan de melder").FillAsync("Je hebt recht op een basisbetaalrekening. Wil je dat we meeschrijven aan je klacht?");
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Antwoord versturen" }).ClickAsync();
        await Expect(caseworker.GetByRole(AriaRole.Status)).ToHaveTextAsync("Je antwoord staat klaar voor de melder.");

        await reporter.GotoAsync("/Complaints/FollowUp");
        await reporter.AssertAccessibleAsync();
        await reporter.GetByLabel("Bonnummer").FillAsync("0000 0000 0000 0000");
        await reporter.GetByRole(AriaRole.Button, new() { Name = "Melding openen" }).ClickAsync();
        await Expect(reporter.Locator(".error-summary")).ToContainTextAsync("Dit bonnummer kennen we niet");
        await reporter.GetByLabel("Bonnummer").FillAsync(receipt);
        await reporter.GetByRole(AriaRole.Button, new() { Name = "Melding openen" }).ClickAsync();
        await Expect(reporter.Locator(".thread")).ToContainTextAsync("recht op een basisbetaalrekening");
        await reporter.AssertAccessibleAsync();
        await reporter.GetByLabel("Je bericht").FillAsync("Ja graag, ik stuur de brief van de bank mee.");
        await reporter.GetByRole(AriaRole.Button, new() { Name = "Bericht versturen" }).ClickAsync();
        await Expect(reporter.GetByRole(AriaRole.Status)).ToHaveTextAsync("Je bericht is verstuurd.");

        // The queue marks the case, the menu counts it; the reporter reads the code out on the phone and the caseworker opens it.
        await caseworker.GotoAsync("/Complaints/Admin");
        await Expect(caseworker.GetByTestId("new-message-count")).ToContainTextAsync("met een nieuw bericht van de melder");
        await caseworker.OpenMenuAsync();
        await caseworker.Locator(".staff-menu > summary").ClickAsync();
        await Expect(caseworker.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Klachtenbalie: meldingen" })).ToContainTextAsync("(");
        await caseworker.AssertAccessibleAsync();
        await caseworker.GetByLabel("Melding openen met bonnummer").FillAsync(receipt);
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Openen", Exact = true }).ClickAsync();
        await Expect(caseworker.Locator(".thread")).ToContainTextAsync("ik stuur de brief van de bank mee");
        await caseworker.GetByLabel("Status", new() { Exact = true }).SelectOptionAsync("Closed");
        await caseworker.GetByLabel("Uitkomst (bij sluiten)").SelectOptionAsync("InformationGiven");
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Status opslaan" }).ClickAsync();
        await Expect(caseworker.GetByTestId("status")).ToContainTextAsync("Gesloten");
        await caseworker.AssertAccessibleAsync();
    }

    [Fact]
    public async Task The_public_signals_page_is_accessible_and_offers_a_download()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/Complaints/Signals");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Signalen van de klachtenbalie");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Download als CSV" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }
}
