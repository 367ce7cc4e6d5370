using System.Net;
using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Inclusief.Tests.Infrastructure;

public sealed class HealthTests : IDisposable
{
    private readonly AppFactory _app = new();

    [Fact]
    public async Task Anonymous_callers_get_the_status_only()
    {
        var response = await _app.CreateBrowser().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{\"status\":\"Healthy\"}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_reports_the_database_and_outbox_healthy_to_an_admin()
    {
        var admin = await _app.SignInAsStaffAsync(Inclusief.Web.Features.Accounts.StaffRoles.Admin);

        var response = await admin.GetAsync("/health");

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"database\":{\"status\":\"Healthy\"", body, StringComparison.Ordinal);
        Assert.Contains("\"outbox\":{\"status\":\"Healthy\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_reports_unhealthy_when_due_work_has_waited_too_long()
    {
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
            scope.ServiceProvider.GetRequiredService<Outbox>().Enqueue("mail", new { }, clock.GetUtcNow().UtcDateTime.AddHours(-1));
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
        }

        var response = await (await _app.SignInAsStaffAsync(Inclusief.Web.Features.Accounts.StaffRoles.Admin)).GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("overdue", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public void Dispose() => _app.Dispose();
}
