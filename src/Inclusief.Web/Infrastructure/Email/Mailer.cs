using Inclusief.Web.Infrastructure.Jobs;

namespace Inclusief.Web.Infrastructure.Email;

/// <summary>
/// Queues mail through the outbox, inside the caller's unit of work. A mail to thousands is not queued whole for each: its
/// feature queues a small row per person and makes the mail when it is sent (an edition's copy, a warning's alert).
/// </summary>
public sealed class Mailer(Outbox outbox)
{
    public const string OutboxKind = "mail";

    public OutboxMessage Queue(MailMessage message) => outbox.Enqueue(OutboxKind, message);
}
