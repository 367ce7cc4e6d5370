using System.Text.Json;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Crypto;
using Inclusief.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Infrastructure.Jobs;

/// <summary>
/// Adds work to the caller's unit of work; it runs after the caller's SaveChanges (or transaction) commits. The payload (a mail's
/// address, text and links with their tokens) is stored encrypted, so a copy of the database shows only that
/// some work of a kind was waiting.
/// </summary>
public sealed class Outbox(AppDbContext db, FieldCipher cipher, TimeProvider clock)
{
    public const string CipherPurpose = "outbox.payload";

    /// <summary>Every Data Protection payload starts with its magic header, 0x09F0C9F0, which reads "CfDJ8" in base64.</summary>
    private const string SealedPrefix = "CfDJ8";

    /// <summary>
    /// The work as its handler reads it. A plain payload is read as it is: while instances are upgraded one at a time,
    /// an older one still queues plain work, and that must be sent rather than given up on.
    /// </summary>
    public static string Open(string payload, FieldCipher cipher) =>
        payload.StartsWith(SealedPrefix, StringComparison.Ordinal) ? cipher.Decrypt(payload, CipherPurpose) : payload;

    /// <summary>Queues the work; the returned row lets the caller keep track of it (its id is set on save).</summary>
    public OutboxMessage Enqueue<T>(string kind, T payload, DateTime? dueAt = null) =>
        db.Set<OutboxMessage>().Add(Seal(kind, payload, dueAt)).Entity;

    /// <summary>
    /// The row for the work, sealed but not yet added: a fan-out seals thousands on all cores at once (encryption is
    /// the costly part), then queues them with <see cref="EnqueueSealedAsync"/>.
    /// </summary>
    public OutboxMessage Seal<T>(string kind, T payload, DateTime? dueAt = null) =>
        OutboxMessage.Create(kind, cipher.Encrypt(JsonSerializer.Serialize(payload), CipherPurpose), clock.GetUtcNow().UtcDateTime, dueAt);

    /// <summary>
    /// Queues thousands of sealed rows at once in the caller's transaction, written in bulk rather than through the change
    /// tracker; each row's id is set, for rows that point at their work (an edition's delivery at its copy).
    /// </summary>
    public Task EnqueueSealedAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default) =>
        db.BulkInsertAsync(messages, cancellationToken);

    /// <summary>
    /// Work queued before payloads were encrypted is sealed where it waits, and done work loses its copy. Each row
    /// changes only if nobody sealed it first, so instances starting together never seal twice. At every start, since
    /// an instance not yet upgraded may have queued plain work meanwhile; waiting work is found through the status index.
    /// </summary>
    public async Task SealPlainPayloadsAsync(CancellationToken cancellationToken = default)
    {
        var plain = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.ProcessedAt == null && m.FailedAt == null && m.Payload != "" && !m.Payload.StartsWith(SealedPrefix))
            .Select(m => new { m.Id, m.Payload }).ToListAsync(cancellationToken);
        foreach (var message in plain)
        {
            var sealedPayload = cipher.Encrypt(message.Payload, CipherPurpose);
            await db.Set<OutboxMessage>().Where(m => m.Id == message.Id && m.Payload == message.Payload)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Payload, sealedPayload), cancellationToken);
        }
        await db.Set<OutboxMessage>().Where(m => (m.ProcessedAt != null || m.FailedAt != null) && m.Payload != "")
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Payload, ""), cancellationToken);
    }
}
