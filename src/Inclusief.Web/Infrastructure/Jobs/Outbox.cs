using System.Text.Json;
using Inclusief.Data;

namespace Inclusief.Web.Infrastructure.Jobs;

/// <summary>Adds work to the caller's unit of work; it runs after the caller's SaveChanges commits.</summary>
public sealed class Outbox(AppDbContext db, TimeProvider clock)
{
    /// <summary>Queues the work; the returned row lets the caller keep track of it (its id is set on save).</summary>
    public OutboxMessage Enqueue<T>(string kind, T payload, DateTime? dueAt = null) =>
        db.Set<OutboxMessage>().Add(OutboxMessage.Create(kind, JsonSerializer.Serialize(payload), clock.GetUtcNow().UtcDateTime, dueAt)).Entity;
}
