using System.Net;
using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Admin;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Inclusief.Tests.Features.Participation;

/// <summary>A mailed sign-in link is a full sign-in: it respects blocks and the second factor, and works once.</summary>
[Collection(SharedApp.Name)]
public sealed class SignInLinkTests(AppFactory app)
{
    private async Task<string> LinkForAsync(string email)
    {
        await app.CreateBrowser().SubmitAsync("/Participation/Return", new Dictionary<string, string> { ["Email"] = email });
        return (await app.MailsToAsync(email)).Last(m => m.Subject == "Je inloglink").LinkTo("/Participation/Return");
    }

    private async Task<AppUser> AccountAsync(string label, bool withTwoFactor = false)
    {
        var email = Participants.UniqueEmail(label);
        return await app.CreateAsync(email: email, emailConfirmed: true, withTwoFactor: withTwoFactor);
    }

    [Fact]
    public async Task A_link_posted_twice_at_the_same_moment_signs_in_once()
    {
        var email = Participants.UniqueEmail("tegelijk");
        await app.SignUpAsync(email);
        var link = await LinkForAsync(email);
        var first = await app.CreateBrowser().OpenFormAsync(link);
        var second = await app.CreateBrowser().OpenFormAsync(link);

        var answers = await Task.WhenAll(first.SubmitAsync(new Dictionary<string, string>()), second.SubmitAsync(new Dictionary<string, string>()));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Redirect && a.Headers.Location?.OriginalString == "/Participation/Mine");
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Gone);
    }

    [Fact]
    public async Task A_link_for_a_deactivated_account_gets_the_same_answer_as_a_used_one()
    {
        var user = await AccountAsync("gedeactiveerd");
        var link = await LinkForAsync(user.Email!);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            await scope.ServiceProvider.GetRequiredService<UserAdministration>().DeactivateAsync((await users.FindByIdAsync(user.Id))!, UserAdministration.CommandLineActor);
        }
        var browser = app.CreateBrowser();

        var answer = await browser.SubmitAsync(link, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Gone, answer.StatusCode);
        Assert.Contains("Deze inloglink werkt niet meer", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/Accounts")).StatusCode);
    }

    [Fact]
    public async Task A_link_for_a_locked_account_is_refused()
    {
        var user = await AccountAsync("geblokkeerd");
        var link = await LinkForAsync(user.Email!);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByIdAsync(user.Id))!, TimeProvider.System.GetUtcNow().AddMinutes(15));
        }

        var answer = await app.CreateBrowser().SubmitAsync(link, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Gone, answer.StatusCode);
    }

    [Fact]
    public async Task A_link_for_an_account_with_two_factor_still_asks_for_the_code()
    {
        var user = await AccountAsync("tweestaps", withTwoFactor: true);
        var link = await LinkForAsync(user.Email!);
        var browser = app.CreateBrowser();

        var answer = await browser.SubmitAsync(link, new Dictionary<string, string>());
        var beforeCode = await browser.GetAsync("/Accounts");
        var afterCode = await browser.SubmitAsync(answer.Headers.Location!.OriginalString, new Dictionary<string, string> { ["Code"] = People.TotpCode(await app.AuthenticatorKeyAsync(user)) });
        var account = await browser.GetAsync("/Accounts");

        Assert.StartsWith("/Accounts/SignInTwoFactor", answer.Headers.Location.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, beforeCode.StatusCode);
        Assert.Equal("/Participation/Mine", afterCode.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
    }
}
