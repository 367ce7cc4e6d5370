using Inclusief.Tests.Support;
using Inclusief.Web.Features.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Inclusief.BrowserTests;

[Collection(BrowserSuite.Name)]
public sealed class ActionResearchJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task An_inventory_from_three_groups_becomes_themes_actions_and_a_report()
    {
        var team = await app.NewPageAsync();
        await team.SignInAsync(app, await app.CreateAsync(StaffRoles.Coordinator, withTwoFactor: true));
        await team.GotoAsync("/Research");
        await team.AssertAccessibleAsync();
        var title = $"PAO {Guid.NewGuid():N}"[..16];
        await team.GetByLabel("Titel").FillAsync(title);
        await team.GetByLabel("Gemeente (niet verplicht)").SelectOptionAsync("GM0518");
        await team.GetByLabel("Onderzoeksvraag").FillAsync("Hoe maken we werken in de stad veiliger?");
        await team.GetByLabel("Start", new() { Exact = true }).FillAsync("2026-01-05");
        await team.GetByRole(AriaRole.Button, new() { Name = "Traject starten" }).ClickAsync();
        await team.GetByRole(AriaRole.Button, new() { Name = "Naar fase: Inventarisatie" }).ClickAsync();
        await Expect(team.GetByTestId("phase")).ToHaveTextAsync("Inventarisatie");
        var link = new Uri(await team.GetByTestId("inventory-link").InnerTextAsync()).PathAndQuery;

        foreach (var (group, text) in new[] { ("SexWorkers", "Er zijn te weinig veilige werkplekken."), ("Municipality", "Het maximumstelsel is vol."), ("Police", "Thuiswerk is voor ons onzichtbaar.") })
        {
            var participant = await app.NewPageAsync();
            await participant.GotoAsync(link);
            await participant.AssertAccessibleAsync();
            await participant.GetByLabel("Vanuit welke groep doe je mee?").SelectOptionAsync(group);
            await participant.GetByLabel("Hoe is het nu?").FillAsync(text);
            await participant.GetByRole(AriaRole.Button, new() { Name = "Bijdrage versturen" }).ClickAsync();
            await Expect(participant.GetByRole(AriaRole.Status)).ToContainTextAsync("Je bijdrage is opgeslagen");
        }

        await team.ReloadAsync();
        var tagFields = team.GetByLabel("Thema's (met komma's)");
        for (var i = 0; i < 3; i++)
        {
            await tagFields.Nth(i).FillAsync("Werkplekken");
            await team.GetByRole(AriaRole.Button, new() { Name = "Thema's opslaan" }).Nth(i).ClickAsync();
            await Expect(team.GetByRole(AriaRole.Status)).ToHaveTextAsync("De thema's zijn opgeslagen.");
        }
        await Expect(team.GetByTestId("themes")).ToContainTextAsync("Werkplekken33");
        await team.GetByLabel("Actie", new() { Exact = true }).FillAsync("Samen met de corporatie een pand zoeken");
        await team.GetByLabel("Eigenaar (organisatie)").FillAsync("Gemeente");
        await team.GetByLabel("Meteen gestart").CheckAsync();
        await team.GetByRole(AriaRole.Button, new() { Name = "Actie toevoegen" }).ClickAsync();
        await Expect(team.GetByTestId("actions")).ToContainTextAsync("Samen met de corporatie een pand zoeken");
        await team.AssertAccessibleAsync();

        await team.GetByRole(AriaRole.Link, new() { Name = "Rapport" }).ClickAsync();
        await Expect(team.GetByTestId("report-themes")).ToContainTextAsync("Werkplekken");
        await Expect(team.GetByTestId("impact")).ToContainTextAsync("1 startten meteen");
        await Expect(team.GetByTestId("municipality")).ToContainTextAsync("Den Haag");
        await Expect(team.GetByTestId("report-group")).ToHaveCountAsync(3);
        await team.AssertAccessibleAsync();

        // A focus group is planned as an event from the trajectory: the form comes prefilled as an invitation-only focus group.
        await team.GoBackAsync();
        await team.GetByRole(AriaRole.Link, new() { Name = "Focusgroep plannen" }).ClickAsync();
        await Expect(team.GetByTestId("for-trajectory")).ToContainTextAsync(title);
        await team.GetByLabel("Datum", new() { Exact = true }).FillAsync(DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(30)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await team.GetByLabel("Plaats en adres").FillAsync("Buurthuis, Den Haag");
        await team.AssertAccessibleAsync();
        await team.GetByRole(AriaRole.Button, new() { Name = "Bijeenkomst aanmaken" }).ClickAsync();
        await Expect(team.GetByRole(AriaRole.Status)).ToContainTextAsync("aangemaakt als concept");
        await team.GotoAsync(new Uri(team.Url).GetLeftPart(UriPartial.Authority) + "/Research");
        await team.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(team.GetByTestId("focus-groups")).ToContainTextAsync("Focusgroep: " + title);
        await Expect(team.GetByTestId("municipality")).ToHaveTextAsync("Den Haag");
        await team.AssertAccessibleAsync();
    }
}
