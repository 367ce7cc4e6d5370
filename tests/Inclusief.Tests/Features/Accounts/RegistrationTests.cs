using System.Net;
using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inclusief.Tests.Features.Accounts;

public sealed class RegistrationTests : IDisposable
{
    private readonly AppFactory _app = new();

    private static Dictionary<string, string> Form(string userName, string? email = null, string password = People.Password) => new()
    {
        ["Input.DisplayName"] = "Jade",
        ["Input.UserName"] = userName,
        ["Input.Password"] = password,
        ["Input.ConfirmPassword"] = password,
        ["Input.Email"] = email ?? "",
    };

    [Fact]
    public async Task Registering_with_only_a_pseudonym_creates_an_account_and_signs_you_in()
    {
        var browser = _app.CreateBrowser();

        var response = await browser.SubmitAsync("/Accounts/Register", Form("jade-1"));
        var html = await browser.FollowAsync(response);

        Assert.Contains("Jade", html, StringComparison.Ordinal);
        Assert.Contains("Geen (niet nodig)", html, StringComparison.Ordinal);
        Assert.Empty(_app.Mails());
    }

    [Fact]
    public async Task Registering_with_an_email_sends_a_confirmation_mail_whose_link_confirms_it()
    {
        var browser = _app.CreateBrowser();
        await browser.SubmitAsync("/Accounts/Register", Form("jade-2", "jade@example.org"));

        await _app.Services.GetRequiredService<OutboxProcessor>().ProcessDueAsync();
        var mail = Assert.Single(_app.Mails());
        var link = System.Text.RegularExpressions.Regex.Match(mail.TextBody ?? "", @"http://localhost(/Accounts/ConfirmEmail\S+)").Groups[1].Value;
        var opened = await _app.CreateBrowser().GetStringAsync(link);
        await using (var before = _app.Services.CreateAsyncScope())
        {
            // Opening the link (as a mail scanner does) confirms nothing; the button does.
            Assert.False(await before.ServiceProvider.GetRequiredService<AppDbContext>().Users.Where(u => u.UserName == "jade-2").Select(u => u.EmailConfirmed).SingleAsync());
        }
        var page = await (await browser.SubmitAsync(link, new Dictionary<string, string>())).Content.ReadAsStringAsync();

        Assert.Contains("Klopt het dat jij dit account hebt gemaakt?", opened, StringComparison.Ordinal);
        Assert.Equal("Bevestig je e-mailadres", mail.Subject);
        Assert.Contains("Je e-mailadres is bevestigd", page, StringComparison.Ordinal);
        await using var scope = _app.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.Where(u => u.UserName == "jade-2").Select(u => u.EmailConfirmed).SingleAsync());
    }

    [Fact]
    public async Task A_tampered_confirmation_link_is_refused_with_an_explanation()
    {
        var user = await _app.CreateAsync(email: "tamper@example.org");

        var response = await _app.CreateBrowser().SubmitAsync($"/Accounts/ConfirmEmail?userId={user.Id}&token=bm90LWEtdG9rZW4", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("ongeldig of verlopen", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_short_password_is_refused_with_a_Dutch_message_and_the_other_fields_kept()
    {
        var response = await _app.CreateBrowser().SubmitAsync("/Accounts/Register", Form("jade-3", password: "kort"));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Wachtwoord moet tussen 10 en 200 tekens lang zijn.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"jade-3\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_taken_user_name_is_refused_without_creating_a_second_account()
    {
        await _app.CreateBrowser().SubmitAsync("/Accounts/Register", Form("jade-4"));

        var response = await _app.CreateBrowser().SubmitAsync("/Accounts/Register", Form("jade-4"));

        Assert.Contains("Deze gebruikersnaam is al in gebruik", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var scope = _app.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.CountAsync(u => u.UserName == "jade-4"));
    }

    [Fact]
    public async Task Registration_errors_are_in_English_for_an_English_visitor()
    {
        var browser = _app.CreateBrowser();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var response = await browser.SubmitAsync("/Accounts/Register", Form("", password: "kort"));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Enter User name.", html, StringComparison.Ordinal);
        Assert.Contains("Password must be between 10 and 200 characters long.", html, StringComparison.Ordinal);
    }

    public void Dispose() => _app.Dispose();
}
