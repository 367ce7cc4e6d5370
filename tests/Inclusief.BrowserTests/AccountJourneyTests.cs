using System.Text.RegularExpressions;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Inclusief.BrowserTests;

[Collection(BrowserSuite.Name)]
public sealed partial class AccountJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Someone_registers_under_a_pseudonym_and_confirms_their_email_from_the_mail()
    {
        var email = $"roos-{Guid.NewGuid():N}@example.org";
        var page = await app.NewPageAsync();
        await page.GotoAsync("/Accounts/Register");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Account maken" }).Last.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Vul Naam of schuilnaam in.");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Naam of schuilnaam").FillAsync("Roos");
        await page.GetByLabel("Gebruikersnaam").FillAsync($"roos-{Guid.NewGuid():N}"[..20]);
        await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(People.Password);
        await page.GetByLabel("Herhaal het wachtwoord").FillAsync(People.Password);
        await page.GetByLabel("E-mailadres (niet verplicht)").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Account maken" }).Last.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("We hebben je een mail gestuurd");
        await page.AssertAccessibleAsync();

        var text = await app.MailDev.WaitForTextToAsync(email);
        await page.GotoAsync(ConfirmLink().Match(text).Value);
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "E-mailadres bevestigen" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Je e-mailadres is bevestigd");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task An_admin_sets_up_two_factor_in_the_browser_and_signs_in_with_a_code_from_then_on()
    {
        var admin = await app.CreateAsync(StaffRoles.Admin);
        var page = await app.NewPageAsync();
        await SignInWithPasswordAsync(page, admin.UserName!);

        await page.GotoAsync("/Admin/Users");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Geen toegang");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Tweestapsverificatie instellen" }).ClickAsync();
        await page.AssertAccessibleAsync();
        var key = (await page.GetByTestId("shared-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        await page.GetByLabel("Code uit de app").FillAsync(People.TotpCode(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Tweestapsverificatie aanzetten" }).ClickAsync();
        await Expect(page.GetByTestId("recovery-codes").Locator("li")).ToHaveCountAsync(10);
        await page.AssertAccessibleAsync();

        await page.GotoAsync("/Admin/Users");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Gebruikers");
        await page.AssertAccessibleAsync();

        await page.OpenMenuAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Je bent afgemeld");
        await page.AssertAccessibleAsync();
        await SignInWithPasswordAsync(page, admin.UserName!);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tweestapsverificatie");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Code").FillAsync(People.TotpCode(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).Last.ClickAsync();
        await page.GotoAsync("/Admin/Users");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Gebruikers");
        await page.GotoAsync("/Admin/Audit");
        await page.AssertAccessibleAsync();
    }

    private static async Task SignInWithPasswordAsync(IPage page, string userName)
    {
        await page.GotoAsync("/Accounts/SignIn");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Gebruikersnaam").FillAsync(userName);
        await page.GetByLabel("Wachtwoord").FillAsync(People.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).Last.ClickAsync();
    }

    [GeneratedRegex(@"http://\S+/Accounts/ConfirmEmail\S+")]
    private static partial Regex ConfirmLink();
}
