using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Events;
using Inclusief.Web.Features.Participation;
using Inclusief.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Inclusief.Tests.Infrastructure;

/// <summary>
/// Time passes through every retention rule: what a person wrote or left goes, the counts stay. Complaints and the
/// safety network have their own such tests (ComplaintDeskTests, SafetyNetworkTests); the outbox in OutboxTests.
/// </summary>
public sealed class RetentionTests : IDisposable
{
    private readonly Factory _app = new();

    private sealed class Factory : AppFactory
    {
        public FakeTimeProvider Clock { get; } = new(TimeProvider.System.GetUtcNow());

        protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
    }

    public void Dispose() => _app.Dispose();

    private DateTime Now => _app.Clock.GetUtcNow().UtcDateTime;

    private async Task<List<string>> RetainAllAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var lines = new List<string>();
        foreach (var rule in scope.ServiceProvider.GetServices<IRetentionRule>())
        {
            lines.Add($"{rule.GetType().Name}: {await rule.ApplyAsync(CancellationToken.None)}");
        }
        return lines;
    }

    [Fact]
    public async Task Half_a_year_after_an_event_its_registrations_keep_role_and_attendance_but_not_who_came()
    {
        var ev = await _app.PlanEventAsync(20, Now, startsIn: TimeSpan.FromDays(2));
        var email = Participants.UniqueEmail("bezoeker");
        await _app.CreateBrowser().RegisterForEventAsync(ev.Id, email, "Marieke Jansen", RoleCategory.SexWorker);
        await _app.CreateBrowser().RegisterForEventAsync(ev.Id, Participants.UniqueEmail("ander"), "Henk de Vries", RoleCategory.CivilServant);

        _app.Clock.Advance(TimeSpan.FromDays(2 + 100));
        var early = await RetainAllAsync();
        var stillThere = await _app.RegistrationsAsync(ev.Id);
        _app.Clock.Advance(TimeSpan.FromDays(90));
        var late = await RetainAllAsync();
        var again = await RetainAllAsync();

        Assert.Contains("RegistrationRetention: 0 registrations emptied", early);
        Assert.Contains(stillThere, r => r.Name == "Marieke Jansen");
        Assert.Contains("RegistrationRetention: 2 registrations emptied", late);
        Assert.Contains("RegistrationRetention: 0 registrations emptied", again);
        var registrations = await _app.RegistrationsAsync(ev.Id);
        Assert.Equal([RoleCategory.SexWorker, RoleCategory.CivilServant], registrations.Select(r => r.Role!.Value).Order());
        Assert.All(registrations, r => Assert.Equal(("", "", null, null, RegistrationStatus.Registered), (r.Name, r.Email, r.EncryptedNeeds, r.UserId, r.Status)));
        var everything = await _app.EverythingInTheDatabaseAsync();
        Assert.DoesNotContain("Marieke Jansen", everything, StringComparison.Ordinal);
        Assert.DoesNotContain(email, everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sign_in_link_and_its_address_are_gone_a_day_after_it_stopped_working()
    {
        await _app.CreateAsync(email: "terug@example.org", emailConfirmed: true);
        await _app.CreateBrowser().SubmitAsync("/Participation/Return", new Dictionary<string, string> { ["Email"] = "terug@example.org" });
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var sent = await db.Set<SignInLink>().CountAsync();

        _app.Clock.Advance(SignInLink.Lifetime + TimeSpan.FromHours(23));
        var beforeADay = await RetainAllAsync();
        _app.Clock.Advance(TimeSpan.FromHours(2));
        var afterADay = await RetainAllAsync();

        Assert.Equal(1, sent);
        Assert.Contains("SignInLinkRetention: 0 sign-in links removed", beforeADay);
        Assert.Contains("SignInLinkRetention: 1 sign-in links removed", afterADay);
        Assert.False(await db.Set<SignInLink>().AnyAsync());
    }

    [Fact]
    public async Task Every_retention_rule_runs_on_this_database_and_says_what_it_did_in_counts()
    {
        var lines = await RetainAllAsync();

        Assert.Equal(["BarrierRetention", "ComplaintRetention", "ConversationRetention", "NotificationRetention", "NumberVerificationRetention", "RegistrationRetention", "SafetyRetention", "SignInLinkRetention", "SmsDeliveryRetention", "Writer"],
            lines.Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]).Order(StringComparer.Ordinal));
        Assert.All(lines, l => Assert.Matches(@"^\w+: [^@]*$", l));
    }
}
