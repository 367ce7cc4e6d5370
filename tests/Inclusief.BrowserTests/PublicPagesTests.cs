using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Inclusief.BrowserTests;

[Collection(BrowserSuite.Name)]
public sealed class PublicPagesTests(BrowserApp app)
{
    [Fact]
    public async Task A_visitor_reads_the_home_page_in_Dutch_and_switches_to_English()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Samen tegen uitsluiting");
        await Expect(page.GetByTestId("upcoming").GetByRole(AriaRole.Heading)).ToHaveTextAsync("Komende bijeenkomsten");
        await Expect(page.GetByTestId("desks").GetByRole(AriaRole.Link, new() { Name = "Een klacht melden" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("desks").GetByRole(AriaRole.Link, new() { Name = "Iets melden (anoniem kan)" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.ChooseLanguageAsync("English");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Together against exclusion");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task A_mistyped_address_shows_a_friendly_404_page()
    {
        var page = await app.NewPageAsync();

        var response = await page.GotoAsync("/dit-bestaat-niet");

        Assert.Equal(404, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Pagina niet gevonden");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task The_skip_link_takes_a_keyboard_user_to_the_content()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/Privacy");

        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Naar de inhoud" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("main")).ToBeFocusedAsync();
        await page.AssertAccessibleAsync();
    }
}
