using Inclusief.Web.Infrastructure.Jobs;

namespace Inclusief.Web.Infrastructure.Sms;

/// <summary>Queues SMS through the outbox, inside the caller's unit of work, as <see cref="Email.Mailer"/> does for mail.</summary>
public sealed class Texter(Outbox outbox)
{
    public const string OutboxKind = "sms";

    public OutboxMessage Queue(SmsMessage message, DateTime? dueAt = null) => outbox.Enqueue(OutboxKind, message, dueAt);
}
