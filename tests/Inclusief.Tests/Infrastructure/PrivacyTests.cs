using Inclusief.Data;
using Inclusief.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inclusief.Tests.Infrastructure;

[Collection(SharedApp.Name)]
public sealed class PrivacyTests(AppFactory app)
{
    [Fact]
    public async Task Requests_leave_no_client_address_or_user_agent_in_the_logs()
    {
        const string agent = "Mozilla/5.0 (Unmistakable-Agent-7731)";
        const string address = "203.0.113.77";
        var browser = app.CreateBrowser();
        browser.DefaultRequestHeaders.UserAgent.ParseAdd(agent);
        browser.DefaultRequestHeaders.Add("X-Forwarded-For", address);

        await browser.GetAsync("/");
        await browser.GetAsync("/bestaat-niet");
        await browser.SubmitAsync("/Accounts/SignIn", new Dictionary<string, string> { ["Input.UserName"] = "iemand", ["Input.Password"] = "verkeerd-wachtwoord" });

        Assert.NotEmpty(app.Logs.Lines);
        Assert.DoesNotContain(app.Logs.Lines, line => line.Contains("Unmistakable-Agent", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs.Lines, line => line.Contains(address, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_reset_link_and_a_sign_in_link_waiting_in_the_outbox_cannot_be_read_from_the_database()
    {
        var account = await app.CreateAsync(email: Participants.UniqueEmail("outbox-reset"), emailConfirmed: true);
        var participant = Participants.UniqueEmail("outbox-link");
        await app.SignUpAsync(participant);
        await app.MailsToAsync(participant);
        await app.CreateBrowser().SubmitAsync("/Accounts/ForgotPassword", new Dictionary<string, string> { ["Email"] = account.Email! });
        await app.CreateBrowser().SubmitAsync("/Participation/Return", new Dictionary<string, string> { ["Email"] = participant });

        var waiting = await app.EverythingInTheDatabaseAsync();
        var reset = (await app.MailsToAsync(account.Email!)).Single(m => m.Subject == "Nieuw wachtwoord instellen").LinkTo("/Accounts/ResetPassword");
        var signIn = (await app.MailsToAsync(participant)).Last(m => m.Subject == "Je inloglink").LinkTo("/Participation/Return");
        var sent = await app.EverythingInTheDatabaseAsync();

        var secrets = new[] { reset, signIn }.SelectMany(SecretsIn).ToList();
        Assert.Equal(2, secrets.Count(s => !s.Contains('%', StringComparison.Ordinal)));
        foreach (var copy in new[] { waiting, sent })
        {
            foreach (var secret in secrets)
            {
                Assert.DoesNotContain(secret, copy, StringComparison.Ordinal);
            }
        }
    }

    /// <summary>The token in a link (a long part that is not an account's id), as written and as decoded.</summary>
    private static IEnumerable<string> SecretsIn(string link) =>
        link.Split(['/', '?', '&', '='], StringSplitOptions.RemoveEmptyEntries).Where(p => p.Length >= 20 && !Guid.TryParse(p, out _))
            .SelectMany(p => new[] { p, Uri.UnescapeDataString(p) }).Distinct();

    [Fact]
    public async Task No_table_has_a_column_for_addresses_or_user_agents()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        var columns = db.Model.GetEntityTypes().SelectMany(t => t.GetProperties()).Select(p => p.GetColumnName().ToUpperInvariant()).ToList();

        Assert.DoesNotContain(columns, c => c.Contains("IPADDRESS", StringComparison.Ordinal) || c.Contains("USERAGENT", StringComparison.Ordinal) || c == "IP");
        Assert.True(await db.Database.CanConnectAsync());
    }
}
