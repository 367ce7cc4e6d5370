using Inclusief.Tests.Support;
using Inclusief.Web.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Inclusief.Tests.Infrastructure;

/// <summary>Timed work runs on one instance per period, however many share the database.</summary>
public sealed class ScheduledWorkTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(TimeProvider.System.GetUtcNow());
    private readonly Factory _app;

    public ScheduledWorkTests() => _app = new Factory(_clock);

    private sealed class Factory(FakeTimeProvider clock) : AppFactory
    {
        protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(clock);
    }

    /// <summary>What each app instance has: its own ScheduledWork (its own instance id) on the shared database.</summary>
    private ScheduledWork Instance() => ActivatorUtilities.CreateInstance<ScheduledWork>(_app.Services);

    [Fact]
    public async Task Of_eight_instances_asking_at_once_exactly_one_runs_the_work()
    {
        var instances = Enumerable.Range(0, 8).Select(_ => Instance()).ToList();

        var claims = await Task.WhenAll(instances.Select(i => i.TryClaimAsync("retention", TimeSpan.FromHours(6))));

        Assert.Equal(1, claims.Count(c => c));
    }

    [Fact]
    public async Task After_a_run_nobody_runs_it_again_until_the_period_is_over()
    {
        var (first, second) = (Instance(), Instance());
        Assert.True(await first.TryClaimAsync("retention", TimeSpan.FromHours(6)));
        await first.CompleteAsync("retention");

        _clock.Advance(TimeSpan.FromHours(5));
        var tooEarly = (await first.TryClaimAsync("retention", TimeSpan.FromHours(6)), await second.TryClaimAsync("retention", TimeSpan.FromHours(6)));
        _clock.Advance(TimeSpan.FromHours(1));
        var due = await second.TryClaimAsync("retention", TimeSpan.FromHours(6));
        var alsoDue = await first.TryClaimAsync("retention", TimeSpan.FromHours(6));

        Assert.Equal((false, false), tooEarly);
        Assert.True(due);
        Assert.False(alsoDue);
    }

    [Fact]
    public async Task An_instance_that_dies_mid_run_blocks_the_work_only_until_its_lease_runs_out()
    {
        var (dead, alive) = (Instance(), Instance());
        Assert.True(await dead.TryClaimAsync("retention", TimeSpan.FromHours(6)));

        _clock.Advance(ScheduledWork.Lease - TimeSpan.FromMinutes(1));
        var whileLeased = await alive.TryClaimAsync("retention", TimeSpan.FromHours(6));
        _clock.Advance(TimeSpan.FromMinutes(2));
        var afterLease = await alive.TryClaimAsync("retention", TimeSpan.FromHours(6));
        // The dead instance's late completion does not count: it no longer holds the work.
        await dead.CompleteAsync("retention");
        var stillHeld = await Instance().TryClaimAsync("retention", TimeSpan.FromHours(6));

        Assert.False(whileLeased);
        Assert.True(afterLease);
        Assert.False(stillHeld);
    }

    public void Dispose() => _app.Dispose();
}
