using Inclusief.Tests.Support;
using Inclusief.Web.Features.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Inclusief.BrowserTests;

/// <summary>
/// A sex worker who reads Romanian (or any of the seven languages) picks her language from the globe menu,
/// files a complaint, keeps the receipt code and reads the caseworker's reply, all in her language, with axe on
/// every page. The texts the test looks for come from the same resource files the site uses.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class LanguageJourneyTests(BrowserApp app)
{
    [Theory]
    [InlineData("nl", "Nederlands")]
    [InlineData("en", "English")]
    [InlineData("ro", "Română")]
    [InlineData("bg", "Български")]
    [InlineData("hu", "Magyar")]
    [InlineData("pl", "Polski")]
    [InlineData("es", "Español")]
    public async Task A_complaint_is_filed_kept_and_answered_in_the_reporters_own_language(string code, string nativeName)
    {
        string T(string dutch) => SiteTexts.Own(code, dutch);
        var reporter = await app.NewPageAsync();
        await reporter.GotoAsync("/");
        await reporter.ChooseLanguageAsync(nativeName);
        await Expect(reporter.Locator("html")).ToHaveAttributeAsync("lang", code);
        await reporter.AssertAccessibleAsync();

        await reporter.GotoAsync("/Complaints");
        await Expect(reporter.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(T("Klachtenbalie"));
        await reporter.AssertAccessibleAsync();
        await reporter.GetByRole(AriaRole.Button, new() { Name = T("Melding versturen") }).ClickAsync();
        await Expect(reporter.Locator(".error-summary")).ToContainTextAsync(T("Vertel kort wat er is gebeurd."));
        await reporter.AssertAccessibleAsync();
        var narrative = $"Banca mi-a închis contul ({code}, {Guid.NewGuid():N}).";
        await reporter.GetByLabel(T("Wat is er gebeurd?")).FillAsync(narrative);
        await reporter.GetByLabel(T("Waar gaat je klacht over?")).SelectOptionAsync("BankAccount");
        await reporter.GetByLabel(T("Met wat voor organisatie?")).SelectOptionAsync("BankOrPaymentProvider");
        await reporter.GetByLabel(T("Persoonlijke hulp")).CheckAsync();
        await reporter.GetByRole(AriaRole.Button, new() { Name = T("Melding versturen") }).ClickAsync();

        var receipt = (await reporter.GetByTestId("receipt").InnerTextAsync()).Trim();
        Assert.Matches("^[0-9 ]{19}$", receipt);
        await Expect(reporter.GetByRole(AriaRole.Heading, new() { Name = T("Je bonnummer") })).ToBeVisibleAsync();
        // The information page was seeded in every language: no fallback, so no lang attribute of its own.
        await Expect(reporter.GetByTestId("guidance").Locator("h2").First).ToHaveTextAsync(SiteTexts.GuidanceHeading(code));
        Assert.Null(await reporter.GetByTestId("guidance").GetAttributeAsync("lang"));
        await reporter.AssertAccessibleAsync();

        var caseworker = await CaseworkerAsync();
        await caseworker.GotoAsync("/Complaints/Admin");
        await caseworker.GetByLabel("Melding openen met bonnummer").FillAsync(receipt);
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Openen", Exact = true }).ClickAsync();
        await Expect(caseworker.GetByTestId("narrative")).ToHaveTextAsync(narrative);
        var reply = $"Ai dreptul la un cont de plăți de bază ({code}).";
        await caseworker.GetByLabel("Antwoord aan de melder").FillAsync(reply);
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Antwoord versturen" }).ClickAsync();
        await Expect(caseworker.GetByRole(AriaRole.Status)).ToHaveTextAsync("Je antwoord staat klaar voor de melder.");

        await reporter.GetByRole(AriaRole.Link, new() { Name = T("Naar mijn melding (met bonnummer)") }).ClickAsync();
        await Expect(reporter.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(T("Mijn melding"));
        await reporter.AssertAccessibleAsync();
        await reporter.GetByLabel(T("Bonnummer (16 cijfers)")).FillAsync(receipt);
        await reporter.GetByRole(AriaRole.Button, new() { Name = T("Melding openen") }).ClickAsync();
        await Expect(reporter.Locator(".thread")).ToContainTextAsync(reply);
        await Expect(reporter.Locator("html")).ToHaveAttributeAsync("lang", code);
        await reporter.AssertAccessibleAsync();
    }

    private static IPage? caseworkerPage;

    /// <summary>One caseworker, signed in once, answers the seven reporters (her pages are Dutch; theirs are not).</summary>
    private async Task<IPage> CaseworkerAsync()
    {
        if (caseworkerPage is null)
        {
            caseworkerPage = await app.NewPageAsync();
            await caseworkerPage.SignInAsync(app, await app.CreateAsync(StaffRoles.Caseworker, withTwoFactor: true));
        }
        return caseworkerPage;
    }

    /// <summary>Every other page on the path once, each in another of the seven languages (axe on each): 17 pages, not 119.</summary>
    [Fact]
    public async Task Every_page_on_the_sex_workers_path_opens_in_each_language_and_passes_axe()
    {
        string[] codes = ["nl", "en", "ro", "bg", "hu", "pl", "es"];
        // The home page, the complaint form and its follow-up are in the complaint journey above, in every language.
        string[] paths = ["/Participation", "/Participation/SignUp/partner", "/Participation/Return", "/Complaints/Signals",
            "/Safety", "/Safety/Report", "/Safety/FollowUp", "/Events", "/Newsletter", "/Newsletter/Editions", "/Accounts/SignIn", "/Accounts/Register",
            "/Accounts/ForgotPassword", "/Privacy", "/Accessibility", "/Language", "/dit-bestaat-niet"];
        for (var c = 0; c < codes.Length; c++)
        {
            var code = codes[c];
            var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl, ViewportSize = new() { Width = 390, Height = 844 } });
            await context.AddCookiesAsync([new Cookie { Name = "inclusief.culture", Value = $"c={code}|uic={code}", Url = app.BaseUrl }]);
            var page = await context.NewPageAsync();
            foreach (var path in paths.Where((_, i) => i % codes.Length == c))
            {
                await page.GotoAsync(path);
                await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", code);
                await Expect(page.Locator(".site-menu > summary")).ToHaveTextAsync(SiteTexts.Own(code, "Menu"));
                await page.AssertAccessibleAsync();
            }
            await context.CloseAsync();
        }
    }
}
