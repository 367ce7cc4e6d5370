namespace Inclusief.Web.Infrastructure.Sms;

/// <summary>Hands one text to an SMS gateway. Kannel today; another provider's HTTP API is another transport, the features stay as they are.</summary>
public interface ISmsTransport
{
    /// <summary>
    /// Throws when the gateway did not take the message: the outbox tries again later. The gateway reports what became
    /// of it to <see cref="SmsDeliveryReports"/> under <paramref name="delivery"/>, which names neither number nor text.
    /// </summary>
    Task SendAsync(SmsMessage message, Guid delivery, CancellationToken cancellationToken);
}
