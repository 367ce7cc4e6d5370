using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Features.Safety;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Inclusief.Tests.Features.Safety;

public sealed class SecondApprovalTests : IDisposable
{
    private readonly Factory _app = new();

    private class Factory : AppFactory
    {
        protected override Dictionary<string, string?> ExtraSettings => new() { ["Safety:RequireSecondApproval"] = "true" };
    }

    private sealed class ClockedFactory : Factory
    {
        public FakeTimeProvider Clock { get; } = new(TimeProvider.System.GetUtcNow());

        protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
    }

    [Fact]
    public async Task A_warning_nobody_approved_in_a_month_is_emptied_and_withdrawn_and_cannot_then_go_out_blank()
    {
        using var app = new ClockedFactory();
        await app.CreateBrowser().SubmitAsync("/Safety/Report", new Dictionary<string, string>
        {
            ["Input.Type"] = "Robbery", ["Input.Region"] = "Utrecht", ["Input.Narrative"] = "Beroofd.", ["Input.WarnOthers"] = "true",
        });
        var colleague = await app.CreateAsync(StaffRoles.SafetyModerator, withTwoFactor: true);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var reportId = await db.Set<SafetyReport>().Select(r => r.Id).SingleAsync();
        var writer = await app.SignInAsStaffAsync(StaffRoles.SafetyModerator);
        var url = $"/Safety/Admin/Report/{reportId}";
        await writer.SubmitAsync(url, new Dictionary<string, string> { ["text"] = "Let op in Utrecht.", ["severity"] = "Serious", ["regions"] = "Utrecht" }, url + "?handler=Warn");
        var warningId = await db.Set<SafetyWarning>().Select(w => w.Id).SingleAsync();

        app.Clock.Advance(TimeSpan.FromDays(31));
        await scope.ServiceProvider.GetRequiredService<SafetyRetention>().RunAsync();
        var approver = await app.SignInAsync(colleague);
        await approver.ForgeAsync(url, new Dictionary<string, string> { ["warningId"] = warningId.ToString() }, url + "?handler=Approve");

        var warning = await db.Set<SafetyWarning>().AsNoTracking().SingleAsync();
        Assert.Equal((WarningStatus.Withdrawn, ""), (warning.Status, warning.Text));
    }

    [Fact]
    public async Task With_second_approval_on_the_writer_cannot_publish_alone_and_a_colleague_can()
    {
        await _app.CreateBrowser().SubmitAsync("/Safety/Report", new Dictionary<string, string>
        {
            ["Input.Type"] = "Robbery", ["Input.Region"] = "Utrecht", ["Input.Narrative"] = "Beroofd na afspraak.", ["Input.WarnOthers"] = "true",
        });
        Guid reportId;
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            reportId = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<SafetyReport>().Select(r => r.Id).SingleAsync();
        }
        var writer = await _app.SignInAsStaffAsync(StaffRoles.SafetyModerator);
        var url = $"/Safety/Admin/Report/{reportId}";
        await writer.SubmitAsync(url, new Dictionary<string, string> { ["text"] = "Let op bij afspraken in Utrecht.", ["severity"] = "Serious", ["regions"] = "Utrecht" }, url + "?handler=Warn");
        var warningId = await WarningAsync(w => w.Id);

        var own = await writer.FollowAsync(await writer.ForgeAsync(url, new Dictionary<string, string> { ["warningId"] = warningId.ToString() }, url + "?handler=Approve"));
        var statusAfterOwn = await WarningAsync(w => w.Status);
        var colleague = await _app.SignInAsStaffAsync(StaffRoles.SafetyModerator);
        await colleague.SubmitAsync(url, new Dictionary<string, string> { ["warningId"] = warningId.ToString() }, url + "?handler=Approve");

        Assert.Contains("Een tweede moderator moet deze waarschuwing goedkeuren.", own, StringComparison.Ordinal);
        Assert.Equal(WarningStatus.AwaitingApproval, statusAfterOwn);
        Assert.Equal(WarningStatus.Published, await WarningAsync(w => w.Status));
    }

    [Fact]
    public async Task A_moderator_appointed_after_the_warning_was_written_cannot_give_the_second_approval()
    {
        await _app.CreateBrowser().SubmitAsync("/Safety/Report", new Dictionary<string, string>
        {
            ["Input.Type"] = "Robbery", ["Input.Region"] = "Utrecht", ["Input.Narrative"] = "Beroofd.", ["Input.WarnOthers"] = "true",
        });
        Guid reportId;
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            reportId = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<SafetyReport>().Select(r => r.Id).SingleAsync();
        }
        var colleague = await _app.SignInAsStaffAsync(StaffRoles.SafetyModerator);
        var writer = await _app.SignInAsStaffAsync(StaffRoles.SafetyModerator);
        var url = $"/Safety/Admin/Report/{reportId}";
        await writer.SubmitAsync(url, new Dictionary<string, string> { ["text"] = "Let op in Utrecht.", ["severity"] = "Serious", ["regions"] = "Utrecht" }, url + "?handler=Warn");
        var warningId = await WarningAsync(w => w.Id);
        var fresh = await _app.CreateAsync(withTwoFactor: true);
        var admin = await _app.SignInAsStaffAsync(StaffRoles.Admin);
        await admin.SubmitAsync($"/Admin/Users/Edit/{fresh.Id}", new Dictionary<string, string> { ["roles"] = StaffRoles.SafetyModerator }, $"/Admin/Users/Edit/{fresh.Id}?handler=Roles");
        var freshBrowser = await _app.SignInAsync(fresh);

        var refused = await freshBrowser.FollowAsync(await freshBrowser.SubmitAsync(url, new Dictionary<string, string> { ["warningId"] = warningId.ToString() }, url + "?handler=Approve"));
        var statusAfterFresh = await WarningAsync(w => w.Status);
        await colleague.SubmitAsync(url, new Dictionary<string, string> { ["warningId"] = warningId.ToString() }, url + "?handler=Approve");

        Assert.Contains("Alleen een moderator die al moderator was toen deze waarschuwing werd geschreven", refused, StringComparison.Ordinal);
        Assert.Equal(WarningStatus.AwaitingApproval, statusAfterFresh);
        Assert.Equal(WarningStatus.Published, await WarningAsync(w => w.Status));
    }

    private async Task<T> WarningAsync<T>(System.Linq.Expressions.Expression<Func<SafetyWarning, T>> select)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<SafetyWarning>().Select(select).SingleAsync();
    }

    public void Dispose() => _app.Dispose();
}
