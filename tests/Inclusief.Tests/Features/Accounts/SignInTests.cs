using System.Net;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Accounts;

namespace Inclusief.Tests.Features.Accounts;

[Collection(SharedApp.Name)]
public sealed class SignInTests(AppFactory app)
{
    private static Dictionary<string, string> Credentials(string userName, string password) => new()
    {
        ["Input.UserName"] = userName,
        ["Input.Password"] = password,
    };

    [Fact]
    public async Task A_wrong_password_and_an_unknown_name_get_the_same_message()
    {
        var user = await app.CreateAsync();

        var wrongPassword = await (await app.CreateBrowser().SubmitAsync("/Accounts/SignIn", Credentials(user.UserName!, "niet het wachtwoord"))).Content.ReadAsStringAsync();
        var unknownName = await (await app.CreateBrowser().SubmitAsync("/Accounts/SignIn", Credentials("bestaat-niet-" + Guid.NewGuid(), "niet het wachtwoord"))).Content.ReadAsStringAsync();

        Assert.Contains("Gebruikersnaam of wachtwoord klopt niet.", wrongPassword, StringComparison.Ordinal);
        Assert.Contains("Gebruikersnaam of wachtwoord klopt niet.", unknownName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_password()
    {
        var user = await app.CreateAsync();
        for (var i = 0; i < 5; i++)
        {
            await app.CreateBrowser().SubmitAsync("/Accounts/SignIn", Credentials(user.UserName!, "fout fout fout " + i));
        }

        var response = await app.CreateBrowser().SubmitAsync("/Accounts/SignIn", Credentials(user.UserName!, People.Password));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("probeer het over een kwartier opnieuw", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_participant_signs_in_and_sees_their_account()
    {
        var user = await app.CreateAsync();
        var browser = await app.SignInAsync(user);

        var html = await browser.GetStringAsync("/Accounts");

        Assert.Contains(user.DisplayName, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_account_with_two_factor_asks_for_the_code_and_refuses_a_wrong_one()
    {
        var user = await app.CreateAsync(withTwoFactor: true);
        var browser = app.CreateBrowser();

        var afterPassword = await browser.SubmitAsync("/Accounts/SignIn", Credentials(user.UserName!, People.Password));
        var wrongCode = await browser.SubmitAsync(afterPassword.Headers.Location!.OriginalString, new Dictionary<string, string> { ["Code"] = "000000" });
        var account = await browser.GetAsync("/Accounts");

        Assert.StartsWith("/Accounts/SignInTwoFactor", afterPassword.Headers.Location.OriginalString, StringComparison.Ordinal);
        Assert.Contains("Deze code klopt niet", await wrongCode.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, account.StatusCode);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var user = await app.CreateAsync(role: StaffRoles.Coordinator);
        var browser = await app.SignInAsync(user);
        var setup = await browser.GetStringAsync("/Accounts/TwoFactor");
        var enabled = await browser.SubmitAsync("/Accounts/TwoFactor", new Dictionary<string, string> { ["Code"] = People.TotpCode(People.SharedKeyOnPage(setup)) }, "/Accounts/TwoFactor?handler=Enable");
        var recoveryCode = System.Text.RegularExpressions.Regex.Match(await enabled.Content.ReadAsStringAsync(), "<li><code>([^<]+)</code></li>").Groups[1].Value;

        var first = await SignInWithCodeAsync(user.UserName!, recoveryCode);
        var second = await SignInWithCodeAsync(user.UserName!, recoveryCode);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public async Task The_authenticator_key_and_recovery_codes_are_not_readable_in_the_database()
    {
        var user = await app.CreateAsync(role: StaffRoles.Caseworker);
        var browser = await app.SignInAsync(user);
        var setup = await browser.GetStringAsync("/Accounts/TwoFactor");
        var key = People.SharedKeyOnPage(setup);
        var enabled = await browser.SubmitAsync("/Accounts/TwoFactor", new Dictionary<string, string> { ["Code"] = People.TotpCode(key) }, "/Accounts/TwoFactor?handler=Enable");
        var recoveryCode = System.Text.RegularExpressions.Regex.Match(await enabled.Content.ReadAsStringAsync(), "<li><code>([^<]+)</code></li>").Groups[1].Value;

        var everything = await app.EverythingInTheDatabaseAsync();
        var signedIn = await SignInWithCodeAsync(user.UserName!, People.TotpCode(key));

        Assert.NotEmpty(recoveryCode);
        Assert.DoesNotContain(key, everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(recoveryCode, everything, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/Accounts", signedIn.Headers.Location?.OriginalString);
    }

    private async Task<HttpResponseMessage> SignInWithCodeAsync(string userName, string code)
    {
        var browser = app.CreateBrowser();
        var afterPassword = await browser.SubmitAsync("/Accounts/SignIn", Credentials(userName, People.Password));
        return await browser.SubmitAsync(afterPassword.Headers.Location!.OriginalString, new Dictionary<string, string> { ["Code"] = code });
    }
}
