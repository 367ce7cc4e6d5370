using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Infrastructure.Jobs;
using Inclusief.Web.Infrastructure.Sms;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Inclusief.Tests.Infrastructure;

/// <summary>The gateway's delivery reports settle an SMS or bring its next attempt; moderators see counts, never a number.</summary>
[Collection(KannelListeningFactory.Collection)]
public sealed class SmsDeliveryTests
{
    [Fact]
    public async Task The_fake_SMSC_reports_delivery_through_Kannel_and_the_copy_kept_for_a_resend_goes()
    {
        using var app = new KannelListeningFactory();
        var text = $"Bezorgd {Guid.NewGuid():N}";
        await QueueAsync(app, text);

        await app.Services.GetRequiredService<OutboxProcessor>().ProcessDueAsync();
        Assert.Single(await FakeSmsc.WaitForAsync(text));
        var delivery = await WaitForAsync(app, d => d.State == SmsDeliveryState.Delivered);

        Assert.Equal((SmsPurpose.SafetyWarning, 1, ""), (delivery.Purpose, delivery.Attempt, delivery.SealedCopy));
        Assert.NotNull(delivery.ReportedAt);
    }

    [Fact]
    public async Task A_failure_report_brings_a_later_attempt_and_the_third_failure_is_the_last_counted_for_moderators()
    {
        using var app = new ReportingFactory();
        var text = $"Mislukt {Guid.NewGuid():N}";
        await QueueAsync(app, text);
        var options = app.Services.GetRequiredService<IOptions<SmsOptions>>().Value;
        var gateway = app.CreateClient();

        for (var attempt = 1; attempt <= SmsDelivery.MaxAttempts; attempt++)
        {
            await app.Services.GetRequiredService<OutboxProcessor>().ProcessDueAsync();
            var sent = await WaitForAsync(app, d => d.Attempt == attempt && d.State == SmsDeliveryState.Sent);
            // The address the site gave Kannel, with the type Kannel fills in: 2, not delivered to the phone.
            var report = new Uri(SmsDeliveryReports.UrlFor(options, sent.Id)!.Replace("%d", "2", StringComparison.Ordinal));
            var answer = await gateway.GetAsync(report.PathAndQuery);
            Assert.Equal(System.Net.HttpStatusCode.OK, answer.StatusCode);
            // The same report again changes nothing.
            await gateway.GetAsync(report.PathAndQuery);
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var waiting = await db.Set<OutboxMessage>().Where(m => m.Kind == Texter.OutboxKind && m.ProcessedAt == null).ToListAsync();
            Assert.Equal(attempt < SmsDelivery.MaxAttempts ? 1 : 0, waiting.Count);
            if (waiting.Count == 1)
            {
                var wait = waiting[0].DueAt - (await db.Set<SmsDelivery>().SingleAsync(d => d.Id == sent.Id)).ReportedAt!.Value;
                Assert.Equal(SmsDelivery.RetryAfter(attempt), wait);
                // The wait has passed.
                await db.Set<OutboxMessage>().Where(m => m.Id == waiting[0].Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.DueAt, m => m.CreatedAt));
            }
        }

        Assert.Equal(SmsDelivery.MaxAttempts, (await FakeSmsc.WaitForAsync(text)).Count);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var states = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<SmsDelivery>().OrderBy(d => d.Attempt).Select(d => new { d.State, d.SealedCopy }).ToListAsync();
            Assert.Equal([SmsDeliveryState.Retried, SmsDeliveryState.Retried, SmsDeliveryState.Failed], states.Select(s => s.State));
            Assert.All(states, s => Assert.Equal("", s.SealedCopy));
        }
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await gateway.GetAsync(new Uri(SmsDeliveryReports.UrlFor(options, Guid.NewGuid())!.Replace(FakeSmsc.InboundSecret, "guessed", StringComparison.Ordinal)).PathAndQuery)).StatusCode);

        var moderator = await app.SignInAsStaffAsync(StaffRoles.SafetyModerator);
        var figuresPage = Links.Href(await moderator.GetStringAsync("/Safety/Admin"), "a[href='/Safety/Admin/Figures']")!;
        var figures = FigureTables.Parse(await moderator.GetStringAsync(figuresPage));
        var row = Assert.Single(figures.QuerySelectorAll("[data-testid=sms-figures] tbody tr"));
        Assert.Equal(["Waarschuwingen", "< 5", "< 5", "< 5", "< 5", "< 5"], row.Children.Select(c => c.TextContent.Trim()));
        Assert.DoesNotContain("+316", figures.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unsettled_copy_goes_after_two_days_and_the_row_after_five_weeks()
    {
        using var app = new AppFactory();
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var message = new SmsMessage("+31612345678", "Oud", SmsPurpose.SafetyWarning);
        var recent = SmsDelivery.For(1, message, "copy", now.AddDays(-1));
        var old = SmsDelivery.For(2, message, "copy", now.AddDays(-3));
        var gone = SmsDelivery.For(3, message, "copy", now.AddDays(-36));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.AddRange(recent, old, gone);
            await db.SaveChangesAsync();
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var line = await scope.ServiceProvider.GetServices<IRetentionRule>().OfType<SmsDeliveryRetention>().Single().ApplyAsync(CancellationToken.None);
            Assert.Equal("2 SMS copies emptied, 1 SMS deliveries removed", line);
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var left = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<SmsDelivery>().OrderBy(d => d.OutboxId).Select(d => new { d.OutboxId, d.SealedCopy }).ToListAsync();
            Assert.Equal([(1L, "copy"), (2L, "")], left.Select(d => (d.OutboxId, d.SealedCopy)));
        }
    }

    [Fact]
    public async Task The_figures_count_first_attempts_as_messages_each_state_apart_and_only_the_purposes_asked_for_over_thirty_days()
    {
        using var app = new AppFactory();
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        SmsDelivery Row(long id, string purpose, int attempt = 1, int daysAgo = 0) =>
            SmsDelivery.For(id, new SmsMessage("+31612345678", "x", purpose, attempt), "", now.AddDays(-daysAgo));
        var rows = new List<(SmsDelivery Row, SmsDeliveryState State)>();
        for (var i = 1; i <= 6; i++)
        {
            rows.Add((Row(i, SmsPurpose.SafetyWarning), SmsDeliveryState.Delivered));
        }
        rows.Add((Row(7, SmsPurpose.SafetyWarning), SmsDeliveryState.Sent));
        rows.Add((Row(8, SmsPurpose.SafetyWarning), SmsDeliveryState.Sent));
        rows.Add((Row(9, SmsPurpose.SafetyWarning), SmsDeliveryState.Retried));
        rows.Add((Row(10, SmsPurpose.SafetyWarning, attempt: 2), SmsDeliveryState.Failed));
        rows.Add((Row(11, SmsPurpose.SafetyWarning, daysAgo: 31), SmsDeliveryState.Delivered));
        rows.Add((Row(12, SmsPurpose.ComplaintNudge), SmsDeliveryState.Delivered));
        rows.Add((Row(13, SmsPurpose.Code), SmsDeliveryState.Delivered));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.AddRange(rows.Select(r => r.Row));
            await db.SaveChangesAsync();
            foreach (var (row, state) in rows)
            {
                await db.Set<SmsDelivery>().Where(d => d.Id == row.Id).ExecuteUpdateAsync(u => u.SetProperty(d => d.State, state));
            }
        }

        await using var read = app.Services.CreateAsyncScope();
        var figures = await SmsDeliveryFigures.ForAsync(read.ServiceProvider.GetRequiredService<AppDbContext>(), now, SmsPurpose.SafetyWarning, SmsPurpose.ComplaintNudge, SmsPurpose.EventReminder);

        Assert.Equal(
            [new SmsDeliveryFigures.Row(SmsPurpose.SafetyWarning, 9, 6, 2, 1, 1), new SmsDeliveryFigures.Row(SmsPurpose.ComplaintNudge, 1, 1, 0, 0, 0)],
            figures);
    }

    private sealed class ReportingFactory : AppFactory
    {
        // Kannel's own reports go to a port where nobody listens: this test reports as the gateway would.
        protected override Dictionary<string, string?> ExtraSettings => new(FakeSmsc.Settings())
        {
            ["Sms:InboundSecret"] = FakeSmsc.InboundSecret,
            ["Sms:CallbackUrl"] = "http://127.0.0.1:9",
        };

        // The test server's calls have no address; Kannel's come from this machine, which the site accepts them from.
        protected override void ConfigureTestServices(IServiceCollection services) => services.AddTransient<Microsoft.AspNetCore.Hosting.IStartupFilter, FromThisMachine>();
    }

    private sealed class FromThisMachine : Microsoft.AspNetCore.Hosting.IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, more) =>
            {
                context.Connection.RemoteIpAddress ??= System.Net.IPAddress.Loopback;
                return more(context);
            });
            next(app);
        };
    }

    private static async Task QueueAsync(AppFactory app, string text)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Texter>().Queue(new SmsMessage($"+3161{Random.Shared.Next(1_000_000, 9_999_999)}", text, SmsPurpose.SafetyWarning));
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
    }

    private static async Task<SmsDelivery> WaitForAsync(AppFactory app, Func<SmsDelivery, bool> wanted)
    {
        for (var i = 0; i < 100; i++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            if ((await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<SmsDelivery>().AsNoTracking().ToListAsync()).FirstOrDefault(wanted) is { } found)
            {
                return found;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("No delivery row reached the state wanted.");
    }
}
