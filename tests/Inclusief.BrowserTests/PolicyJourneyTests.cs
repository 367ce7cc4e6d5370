using Inclusief.Tests.Support;
using Inclusief.Web.Features.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Inclusief.BrowserTests;

[Collection(BrowserSuite.Name)]
public sealed class PolicyJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task A_coordinator_records_three_policies_and_a_visitor_compares_them()
    {
        var coordinator = await app.NewPageAsync();
        await coordinator.SignInAsync(app, await app.CreateAsync(StaffRoles.Coordinator, withTwoFactor: true));
        foreach (var (code, homeWork) in new[] { ("GM0796", "licence"), ("GM0855", "conditions"), ("GM0153", "tolerated") })
        {
            await coordinator.GotoAsync($"/Policies/Edit/{code}");
            await coordinator.GetByLabel("Thuiswerk", new() { Exact = true }).SelectOptionAsync(homeWork);
            await coordinator.GetByLabel("Maximum aantal seksbedrijven").SelectOptionAsync("local-max");
            await coordinator.GetByLabel("Titel van het document of de pagina").First.FillAsync("Verordening 2024");
            await coordinator.GetByRole(AriaRole.Button, new() { Name = "Versie opslaan" }).ClickAsync();
            await Expect(coordinator.GetByRole(AriaRole.Status)).ToHaveTextAsync("Het beleid is vastgelegd.");
        }
        await coordinator.AssertAccessibleAsync();
        await coordinator.GotoAsync("/Policies/Edit/GM0855");
        await coordinator.AssertAccessibleAsync();

        var visitor = await app.NewPageAsync();
        await visitor.GotoAsync("/Policies");
        await visitor.AssertAccessibleAsync();
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Gemeenten vergelijken" }).ClickAsync();
        await visitor.GetByLabel("Gemeente 1").SelectOptionAsync("GM0796");
        await visitor.GetByLabel("Gemeente 2").SelectOptionAsync("GM0855");
        await visitor.GetByLabel("Gemeente 3").SelectOptionAsync("GM0153");
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Vergelijken" }).ClickAsync();

        await Expect(visitor.Locator("tr.differs").Filter(new() { HasText = "Thuiswerk" })).ToContainTextAsync("verschilt");
        await Expect(visitor.Locator("tr:not(.differs)").Filter(new() { HasText = "Maximum aantal seksbedrijven" })).ToContainTextAsync("Lokaal maximum");
        await visitor.AssertAccessibleAsync();
    }
}
