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
    public async Task No_table_has_a_column_for_addresses_or_user_agents()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        var columns = db.Model.GetEntityTypes().SelectMany(t => t.GetProperties()).Select(p => p.GetColumnName().ToUpperInvariant()).ToList();

        Assert.DoesNotContain(columns, c => c.Contains("IPADDRESS", StringComparison.Ordinal) || c.Contains("USERAGENT", StringComparison.Ordinal) || c == "IP");
        Assert.True(await db.Database.CanConnectAsync());
    }
}
