using System.Text.Json;
using Inclusief.Web.Infrastructure.Jobs;

namespace Inclusief.Web.Infrastructure.Sms;

/// <summary>Sends an SMS that was queued whole.</summary>
public sealed class SmsOutboxHandler(SmsDispatch dispatch) : IOutboxHandler
{
    public string Kind => Texter.OutboxKind;

    public Task HandleAsync(OutboxWork work, CancellationToken cancellationToken) =>
        dispatch.SendAsync(JsonSerializer.Deserialize<SmsMessage>(work.Payload) ?? throw new InvalidOperationException("Empty SMS payload."), work.Id, cancellationToken);
}
