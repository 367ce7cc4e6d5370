using Inclusief.Web.Infrastructure.Jobs;

namespace Inclusief.Web.Infrastructure.Sms;

/// <summary>Queues SMS through the outbox, inside the caller's unit of work, as <see cref="Email.Mailer"/> does for mail.</summary>
public sealed class Texter(Outbox outbox)
{
    public const string OutboxKind = "sms";

    public OutboxMessage Queue(SmsMessage message, DateTime? dueAt = null) => outbox.Enqueue(OutboxKind, message, dueAt);

    /// <summary>The SMS as an outbox row not yet queued (thread-safe; see <see cref="Outbox.Seal"/>).</summary>
    public OutboxMessage Seal(SmsMessage message) => outbox.Seal(OutboxKind, message);

    public Task QueueSealedAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default) => outbox.EnqueueSealedAsync(messages, cancellationToken);
}
