using Inclusief.Data;
using Inclusief.Tests.Support;
using Microsoft.Playwright;

namespace Inclusief.BrowserTests;

public static class BrowserSignIn
{
    /// <summary>Signs in through the pages, with the authenticator code when the account has two-factor on.</summary>
    public static async Task SignInAsync(this IPage page, BrowserApp app, AppUser user)
    {
        await page.GotoAsync("/Accounts/SignIn");
        await page.GetByLabel("Gebruikersnaam").FillAsync(user.UserName!);
        await page.GetByLabel("Wachtwoord").FillAsync(People.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).Last.ClickAsync();
        if (page.Url.Contains("/Accounts/SignInTwoFactor", StringComparison.Ordinal))
        {
            await page.GetByLabel("Code").FillAsync(People.TotpCode(await app.AuthenticatorKeyAsync(user)));
            await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).Last.ClickAsync();
        }
    }
}
