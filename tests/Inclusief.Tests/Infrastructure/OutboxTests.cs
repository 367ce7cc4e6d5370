using System.Collections.Concurrent;
using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Infrastructure.Crypto;
using Inclusief.Web.Infrastructure.Database;
using Inclusief.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Inclusief.Tests.Infrastructure;

public sealed class OutboxTests : IClassFixture<OutboxTests.Factory>
{
    private readonly Factory _app;
    private readonly FakeTimeProvider _clock = new(TimeProvider.System.GetUtcNow());

    public OutboxTests(Factory app) => _app = app;

    public sealed class Factory : AppFactory
    {
        public RecordingHandler Handler { get; } = new();

        protected override void ConfigureTestServices(IServiceCollection services)
        {
            services.AddSingleton<IOutboxHandler>(Handler);
            services.AddScoped<IOutboxHandler, TrackerClearingHandler>();
        }
    }

    /// <summary>Does what the safety fan-out does between batches: clears the context it shares with the processor.</summary>
    public sealed class TrackerClearingHandler(AppDbContext db) : IOutboxHandler
    {
        public string Kind => "clears-tracker";

        public Task HandleAsync(OutboxWork work, CancellationToken cancellationToken)
        {
            db.ChangeTracker.Clear();
            return Task.CompletedTask;
        }
    }

    public sealed class RecordingHandler : IOutboxHandler
    {
        public ConcurrentBag<string> Handled { get; } = [];

        public ConcurrentDictionary<string, int> FailuresLeft { get; } = new();

        public string Kind => "test";

        public async Task HandleAsync(OutboxWork work, CancellationToken cancellationToken)
        {
            await Task.Yield();
            var payload = System.Text.Json.JsonSerializer.Deserialize<string>(work.Payload)!;
            if (FailuresLeft.TryGetValue(payload, out var left) && left > 0)
            {
                FailuresLeft[payload] = left - 1;
                throw new InvalidOperationException("receiver unavailable");
            }
            Handled.Add(payload);
        }
    }

    private OutboxProcessor Processor() =>
        new(_app.Services.GetRequiredService<IServiceScopeFactory>(), _app.Services.GetRequiredService<FieldCipher>(), _clock, Options.Create(new OutboxOptions()), NullLogger<OutboxProcessor>.Instance);

    private async Task<long> EnqueueAsync(string payload, string kind = "test")
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var message = scope.ServiceProvider.GetRequiredService<Outbox>().Enqueue(kind, payload, _clock.GetUtcNow().UtcDateTime);
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
        return message.Id;
    }

    private async Task<OutboxMessage> LoadAsync(long id)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Id == id);
    }

    private static string NewPayload() => Guid.NewGuid().ToString("N");

    [Fact]
    public async Task A_queued_message_is_handled_once_and_marked_done()
    {
        var payload = NewPayload();
        var id = await EnqueueAsync(payload);

        await Processor().ProcessDueAsync();
        await Processor().ProcessDueAsync();

        Assert.Single(_app.Handler.Handled, p => p == payload);
        Assert.NotNull((await LoadAsync(id)).ProcessedAt);
    }

    [Fact]
    public async Task A_failed_message_is_retried_after_a_back_off()
    {
        var payload = NewPayload();
        _app.Handler.FailuresLeft[payload] = 1;
        var id = await EnqueueAsync(payload);
        var processor = Processor();

        await processor.ProcessDueAsync();
        var afterFailure = await LoadAsync(id);
        await processor.ProcessDueAsync();
        var beforeBackOffEnds = _app.Handler.Handled.Count(p => p == payload);
        _clock.Advance(OutboxMessage.BackOff(1) + TimeSpan.FromSeconds(1));
        await processor.ProcessDueAsync();

        Assert.Equal(1, afterFailure.Attempts);
        Assert.Equal("InvalidOperationException", afterFailure.LastError);
        Assert.Equal(0, beforeBackOffEnds);
        Assert.Single(_app.Handler.Handled, p => p == payload);
    }

    [Fact]
    public async Task A_message_that_keeps_failing_is_given_up_on_and_kept_for_inspection()
    {
        var payload = NewPayload();
        _app.Handler.FailuresLeft[payload] = int.MaxValue;
        var id = await EnqueueAsync(payload);
        var processor = Processor();

        for (var attempt = 1; attempt <= OutboxMessage.MaxAttempts + 2; attempt++)
        {
            await processor.ProcessDueAsync();
            _clock.Advance(TimeSpan.FromHours(2));
        }

        var message = await LoadAsync(id);
        Assert.Equal(OutboxMessage.MaxAttempts, message.Attempts);
        Assert.NotNull(message.FailedAt);
        Assert.Null(message.ProcessedAt);
    }

    [Fact]
    public async Task Two_instances_working_at_once_never_handle_the_same_message_twice()
    {
        var payloads = Enumerable.Range(0, 30).Select(_ => NewPayload()).ToList();
        foreach (var payload in payloads)
        {
            await EnqueueAsync(payload);
        }

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            var processor = Processor();
            for (var pass = 0; pass < 3; pass++)
            {
                await processor.ProcessDueAsync();
            }
        })));

        foreach (var payload in payloads)
        {
            Assert.Single(_app.Handler.Handled, p => p == payload);
        }
    }

    [Fact]
    public async Task Work_leased_by_a_crashed_instance_is_picked_up_when_the_lease_expires()
    {
        var payload = NewPayload();
        var id = await EnqueueAsync(payload);
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var leasedUntil = _clock.GetUtcNow().UtcDateTime.AddMinutes(2);
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<OutboxMessage>()
                .Where(m => m.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeasedBy, "crashed-instance").SetProperty(m => m.LeasedUntil, leasedUntil));
        }
        var processor = Processor();

        await processor.ProcessDueAsync();
        var whileLeased = _app.Handler.Handled.Count(p => p == payload);
        _clock.Advance(TimeSpan.FromMinutes(3));
        await processor.ProcessDueAsync();

        Assert.Equal(0, whileLeased);
        Assert.Single(_app.Handler.Handled, p => p == payload);
    }

    [Fact]
    public async Task Work_queued_in_a_change_that_is_not_saved_never_runs()
    {
        var marker = Guid.NewGuid().ToString("N");
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            // Queued, but the change that caused it is abandoned without SaveChanges.
            scope.ServiceProvider.GetRequiredService<Outbox>().Enqueue("test", marker);
        }

        await Processor().ProcessDueAsync();

        Assert.DoesNotContain(_app.Handler.Handled, p => p.Contains(marker, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sent_messages_are_deleted_after_the_retention_period_and_unsent_ones_are_kept()
    {
        var sent = await EnqueueAsync(NewPayload());
        var processor = Processor();
        await processor.ProcessDueAsync();
        _app.Handler.FailuresLeft["never"] = int.MaxValue;
        var waiting = await EnqueueAsync("never");

        _clock.Advance(new OutboxOptions().KeepProcessedFor + TimeSpan.FromHours(1));
        await processor.PurgeProcessedAsync();

        await using var scope = _app.Services.CreateAsyncScope();
        var ids = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<OutboxMessage>().Select(m => m.Id).ToListAsync();
        Assert.DoesNotContain(sent, ids);
        Assert.Contains(waiting, ids);
    }

    [Fact]
    public async Task Work_queued_in_plain_text_before_the_upgrade_is_sealed_at_start_and_still_runs()
    {
        var payload = NewPayload();
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var due = _clock.GetUtcNow().UtcDateTime;
            var plain = System.Text.Json.JsonSerializer.Serialize(payload);
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"Outbox\" (\"Kind\", \"Payload\", \"CreatedAt\", \"DueAt\", \"Attempts\") VALUES ('test', {plain}, {due}, {due}, 0)");
        }

        await _app.Services.MigrateDatabaseAsync();
        var waiting = await _app.EverythingInTheDatabaseAsync();
        // A second instance starting seals nothing twice.
        await _app.Services.MigrateDatabaseAsync();
        await Processor().ProcessDueAsync();

        Assert.DoesNotContain(payload, waiting, StringComparison.Ordinal);
        Assert.Single(_app.Handler.Handled, payload);
    }

    [Fact]
    public async Task A_handler_that_clears_the_shared_context_still_gets_its_message_marked_done()
    {
        var id = await EnqueueAsync(NewPayload(), "clears-tracker");

        var handled = await Processor().ProcessDueAsync();

        Assert.Equal(1, handled);
        Assert.NotNull((await LoadAsync(id)).ProcessedAt);
    }

    [Fact]
    public async Task Work_of_a_kind_this_release_does_not_know_waits_for_an_instance_that_does_and_is_never_given_up()
    {
        // As an instance of the previous release meets work a newer one queued, during a rolling upgrade or a rollback.
        var id = await EnqueueAsync(NewPayload(), "from-a-newer-release");
        var processor = Processor();
        for (var attempt = 0; attempt < OutboxMessage.MaxAttempts + 2; attempt++)
        {
            await processor.ProcessDueAsync();
            _clock.Advance(OutboxMessage.NoHandlerRetry);
        }

        var message = await LoadAsync(id);
        Assert.Null(message.FailedAt);
        Assert.Null(message.ProcessedAt);
        Assert.Equal(0, message.Attempts);
        Assert.Equal("NoHandler", message.LastError);
        Assert.NotEqual("", message.Payload);
        Assert.Null(message.LeasedBy);
    }

    [Fact]
    public async Task Messages_given_up_on_are_deleted_after_the_same_retention_period()
    {
        _app.Handler.FailuresLeft["hopeless"] = int.MaxValue;
        var hopeless = await EnqueueAsync("hopeless");
        var processor = Processor();
        for (var attempt = 0; attempt < OutboxMessage.MaxAttempts; attempt++)
        {
            _clock.Advance(TimeSpan.FromHours(2));
            await processor.ProcessDueAsync();
        }
        Assert.NotNull((await LoadAsync(hopeless)).FailedAt);
        // Given up: nothing of the mail stays behind while the row waits for its retention.
        Assert.Equal("", (await LoadAsync(hopeless)).Payload);

        _clock.Advance(new OutboxOptions().KeepProcessedFor + TimeSpan.FromHours(1));
        await processor.PurgeProcessedAsync();

        await using var scope = _app.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<OutboxMessage>().AnyAsync(m => m.Id == hopeless));
    }
}
