using System.Text.Json;
using Inclusief.Web.Infrastructure.Jobs;

namespace Inclusief.Web.Infrastructure.Email;

/// <summary>Sends a mail that was queued whole.</summary>
public sealed class MailOutboxHandler(MailDispatch dispatch) : IOutboxHandler
{
    public string Kind => Mailer.OutboxKind;

    public Task HandleAsync(OutboxWork work, CancellationToken cancellationToken) =>
        dispatch.SendAsync(JsonSerializer.Deserialize<MailMessage>(work.Payload) ?? throw new InvalidOperationException("Empty mail payload."), work.Id, cancellationToken);
}
