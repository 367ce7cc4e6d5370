using System.Net;
using Inclusief.Tests.Support;

namespace Inclusief.Tests.Features.Accounts;

[Collection(SharedApp.Name)]
public sealed class PasswordResetTests(AppFactory app)
{
    private const string NewPassword = "een heel nieuw wachtwoord";

    private static Dictionary<string, string> SignIn(string userName, string password) => new() { ["Input.UserName"] = userName, ["Input.Password"] = password };

    [Fact]
    public async Task A_mailed_link_sets_a_new_password_once()
    {
        var user = await app.CreateAsync(email: Participants.UniqueEmail("vergeten"), emailConfirmed: true);
        await app.CreateBrowser().SubmitAsync("/Accounts/ForgotPassword", new Dictionary<string, string> { ["Email"] = user.Email! });
        var link = (await app.MailsToAsync(user.Email!)).Single(m => m.Subject == "Nieuw wachtwoord instellen").LinkTo("/Accounts/ResetPassword");

        var reset = await app.CreateBrowser().SubmitAsync(link, new Dictionary<string, string> { ["Password"] = NewPassword });
        var again = await app.CreateBrowser().SubmitAsync(link, new Dictionary<string, string> { ["Password"] = "nog een ander wachtwoord" });

        Assert.Equal("/Accounts/SignIn", reset.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("Deze link werkt niet meer", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateBrowser().SubmitAsync("/Accounts/SignIn", SignIn(user.UserName!, NewPassword))).StatusCode);
    }

    [Fact]
    public async Task The_answer_is_the_same_for_unknown_and_unconfirmed_addresses_and_no_mail_goes_out()
    {
        var unconfirmed = await app.CreateAsync(email: Participants.UniqueEmail("onbevestigd"));
        var unknown = Participants.UniqueEmail("onbekend");

        var forUnconfirmed = await (await app.CreateBrowser().SubmitAsync("/Accounts/ForgotPassword", new Dictionary<string, string> { ["Email"] = unconfirmed.Email! })).Content.ReadAsStringAsync();
        var forUnknown = await (await app.CreateBrowser().SubmitAsync("/Accounts/ForgotPassword", new Dictionary<string, string> { ["Email"] = unknown })).Content.ReadAsStringAsync();

        Assert.Contains("Als er een account met dit bevestigde e-mailadres is", forUnconfirmed, StringComparison.Ordinal);
        Assert.Contains("Als er een account met dit bevestigde e-mailadres is", forUnknown, StringComparison.Ordinal);
        Assert.Empty(await app.MailsToAsync(unconfirmed.Email!));
        Assert.Empty(await app.MailsToAsync(unknown));
    }

    [Fact]
    public async Task A_forged_link_is_refused()
    {
        var user = await app.CreateAsync(email: Participants.UniqueEmail("vals"), emailConfirmed: true);

        var response = await app.CreateBrowser().SubmitAsync($"/Accounts/ResetPassword?userId={user.Id}&token=bm90LWVlbi10b2tlbg", new Dictionary<string, string> { ["Password"] = NewPassword });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateBrowser().SubmitAsync("/Accounts/SignIn", SignIn(user.UserName!, NewPassword))).StatusCode);
    }
}
