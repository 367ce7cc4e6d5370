using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inclusief.Tests.Infrastructure;

public sealed class BulkInsertTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>Far ahead, so that the running outbox worker leaves these rows alone.</summary>
    private static readonly DateTime Due = new(2090, 1, 2, 3, 4, 5, DateTimeKind.Utc);

    [Fact]
    public async Task Rows_written_in_bulk_get_their_own_keys_and_read_back_as_saved_rows_do()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<Outbox>();
        // More than one PostgreSQL round trip (500 rows each), so keys must come back in order across batches.
        var rows = Enumerable.Range(0, 1_201).Select(i => outbox.Seal($"bulk-{i}", i, Due)).ToList();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await outbox.EnqueueSealedAsync(rows);
            await transaction.CommitAsync();
        }
        var saved = outbox.Enqueue("bulk-tracked", 0, Due);
        await db.SaveChangesAsync();

        var stored = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Kind.StartsWith("bulk-")).ToDictionaryAsync(m => m.Id);
        Assert.Equal(1_202, stored.Count);
        Assert.All(rows, row => Assert.Equal(row.Kind, stored[row.Id].Kind));
        var tracked = stored[saved.Id];
        Assert.All(rows, row =>
        {
            var back = stored[row.Id];
            Assert.Equal(tracked.DueAt, back.DueAt);
            Assert.Equal(DateTimeKind.Utc, back.DueAt.Kind);
            Assert.Equal(tracked.LeasedUntil, back.LeasedUntil);
            Assert.Equal(row.Payload, back.Payload);
        });
        // The queries that compare these columns find bulk rows exactly as they find a saved one.
        Assert.Equal(1_202, await db.Set<OutboxMessage>().CountAsync(m => m.Kind.StartsWith("bulk-") && m.DueAt == Due && m.ProcessedAt == null && m.LeasedUntil == null));
    }

    [Fact]
    public async Task A_bulk_insert_needs_a_transaction_and_goes_when_it_is_rolled_back()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<Outbox>();

        await Assert.ThrowsAsync<InvalidOperationException>(() => outbox.EnqueueSealedAsync([outbox.Seal("rolled-back", 0, Due)]));
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await outbox.EnqueueSealedAsync([outbox.Seal("rolled-back", 1, Due), outbox.Seal("rolled-back", 2, Due)]);
            await transaction.RollbackAsync();
        }

        Assert.Equal(0, await db.Set<OutboxMessage>().CountAsync(m => m.Kind == "rolled-back"));
    }
}
