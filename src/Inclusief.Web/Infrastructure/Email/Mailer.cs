using Inclusief.Web.Infrastructure.Jobs;

namespace Inclusief.Web.Infrastructure.Email;

/// <summary>Queues mail through the outbox, inside the caller's unit of work (thousands at once: <see cref="Seal"/>, then <see cref="QueueSealedAsync"/>).</summary>
public sealed class Mailer(Outbox outbox)
{
    public const string OutboxKind = "mail";

    public OutboxMessage Queue(MailMessage message) => outbox.Enqueue(OutboxKind, message);

    /// <summary>The mail as an outbox row not yet queued (thread-safe; see <see cref="Outbox.Seal"/>).</summary>
    public OutboxMessage Seal(MailMessage message) => outbox.Seal(OutboxKind, message);

    public Task QueueSealedAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default) => outbox.EnqueueSealedAsync(messages, cancellationToken);
}
