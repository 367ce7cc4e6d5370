using System.Text.Json;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Crypto;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Infrastructure.Sms;

/// <summary>
/// Hands a composed SMS to the gateway, for every outbox handler that texts (as <see cref="Email.MailDispatch"/> does for
/// mail): no faster than <see cref="SmsOptions.RatePerSecond"/> per instance, never to a number that sent STOP, and with an
/// <see cref="SmsDelivery"/> for its report. The delivery row is written first, so a report that comes back at once finds it.
/// </summary>
public sealed class SmsDispatch(ISmsTransport transport, SmsRate rate, AppDbContext db, FieldCipher cipher, MasterKey masterKey, TimeProvider clock)
{
    public async Task SendAsync(SmsMessage message, long outboxId, CancellationToken cancellationToken)
    {
        if (!StoppedNumber.StillSends(message.Purpose))
        {
            // Queued before a STOP, or left on a form after one: it stays unsent. The number is already in E.164.
            var key = MobileNumber.FromStored(message.To).KeyWith(masterKey, StoppedNumber.Scope);
            if (await db.Set<StoppedNumber>().AnyAsync(s => s.NumberKey == key, cancellationToken))
            {
                return;
            }
        }
        var delivery = await db.Set<SmsDelivery>().AsNoTracking().SingleOrDefaultAsync(d => d.OutboxId == outboxId, cancellationToken);
        if (delivery is { State: not SmsDeliveryState.Sending })
        {
            // Handed over already, by a run whose lease ran out before it could mark the message done.
            return;
        }
        if (delivery is null)
        {
            delivery = SmsDelivery.For(outboxId, message, cipher.Encrypt(JsonSerializer.Serialize(message), SmsDelivery.CipherPurpose), clock.GetUtcNow().UtcDateTime);
            db.Add(delivery);
            await db.SaveChangesAsync(cancellationToken);
        }
        using var lease = await rate.Limiter.AcquireAsync(1, cancellationToken);
        await transport.SendAsync(message, delivery.Id, cancellationToken);
        var id = delivery.Id;
        await db.Set<SmsDelivery>().Where(d => d.Id == id && d.State == SmsDeliveryState.Sending)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.State, SmsDeliveryState.Sent), CancellationToken.None);
    }
}
