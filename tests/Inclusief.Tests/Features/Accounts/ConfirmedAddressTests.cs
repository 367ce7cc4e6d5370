using Inclusief.Data;
using Inclusief.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inclusief.Tests.Features.Accounts;

/// <summary>A confirmed address belongs to one account; lookups by address never fail, whatever the data.</summary>
[Collection(SharedApp.Name)]
public sealed class ConfirmedAddressTests(AppFactory app)
{
    private const string SameAnswer = "Als er een account met dit bevestigde e-mailadres is";

    private async Task<string> RegisterAsync(string email)
    {
        var userName = $"dubbel-{Guid.NewGuid():N}"[..20];
        await app.CreateBrowser().SubmitAsync("/Accounts/Register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Jade", ["Input.UserName"] = userName, ["Input.Password"] = People.Password,
            ["Input.ConfirmPassword"] = People.Password, ["Input.Email"] = email,
        });
        return userName;
    }

    [Fact]
    public async Task A_second_account_cannot_confirm_an_address_that_is_already_confirmed()
    {
        var email = Participants.UniqueEmail("twee-accounts");
        var firstName = await RegisterAsync(email);
        var secondName = await RegisterAsync(email);
        var links = (await app.MailsToAsync(email)).Where(m => m.Subject == "Bevestig je e-mailadres").Select(m => m.LinkTo("/Accounts/ConfirmEmail")).ToList();

        var first = await (await app.CreateBrowser().SubmitAsync(links[0], new Dictionary<string, string>())).Content.ReadAsStringAsync();
        var second = await app.CreateBrowser().SubmitAsync(links[1], new Dictionary<string, string>());

        Assert.Contains("Je e-mailadres is bevestigd", first, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Contains("al bevestigd voor een ander account", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var scope = app.Services.CreateAsyncScope();
        var confirmed = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users
            .Where(u => u.UserName == firstName || u.UserName == secondName).Where(u => u.EmailConfirmed).Select(u => u.UserName).ToListAsync();
        Assert.Equal([firstName], confirmed);
    }

    [Fact]
    public async Task The_database_refuses_a_second_confirmed_account_for_one_address()
    {
        var email = Participants.UniqueEmail("index");
        await app.CreateAsync(email: email, emailConfirmed: true);

        await Assert.ThrowsAnyAsync<Exception>(() => app.CreateAsync(email: email, emailConfirmed: true));
    }

    [Fact]
    public async Task Reset_and_sign_in_link_requests_for_an_address_shared_by_unconfirmed_accounts_answer_as_usual()
    {
        var email = Participants.UniqueEmail("gedeeld");
        await app.CreateAsync(email: email);
        await app.CreateAsync(email: email);
        var confirmedOwner = await app.CreateAsync(email: Participants.UniqueEmail("eigenaar"), emailConfirmed: true);
        await app.CreateAsync(email: confirmedOwner.Email);

        var shared = await (await app.CreateBrowser().SubmitAsync("/Accounts/ForgotPassword", new Dictionary<string, string> { ["Email"] = email })).Content.ReadAsStringAsync();
        var owned = await (await app.CreateBrowser().SubmitAsync("/Accounts/ForgotPassword", new Dictionary<string, string> { ["Email"] = confirmedOwner.Email! })).Content.ReadAsStringAsync();
        var link = await app.CreateBrowser().SubmitAsync("/Participation/Return", new Dictionary<string, string> { ["Email"] = email });

        Assert.Contains(SameAnswer, shared, StringComparison.Ordinal);
        Assert.Contains(SameAnswer, owned, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.OK, link.StatusCode);
        Assert.Contains("Als we dit adres kennen", await link.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await app.MailsToAsync(email));
        Assert.Single(await app.MailsToAsync(confirmedOwner.Email!), m => m.Subject == "Nieuw wachtwoord instellen");
    }
}
