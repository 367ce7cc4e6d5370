using System.Text.Json;
using System.Threading.RateLimiting;
using Inclusief.Web.Infrastructure.Jobs;

namespace Inclusief.Web.Infrastructure.Sms;

/// <summary>Hands a queued SMS to the gateway, no faster than <see cref="SmsOptions.RatePerSecond"/> per instance.</summary>
public sealed class SmsOutboxHandler(ISmsTransport transport, SmsRate rate) : IOutboxHandler
{
    public string Kind => Texter.OutboxKind;

    public async Task HandleAsync(OutboxWork work, CancellationToken cancellationToken)
    {
        var message = JsonSerializer.Deserialize<SmsMessage>(work.Payload) ?? throw new InvalidOperationException("Empty SMS payload.");
        using var lease = await rate.Limiter.AcquireAsync(1, cancellationToken);
        await transport.SendAsync(message, work.Id, cancellationToken);
    }
}

/// <summary>The instance's token bucket: a fan-out of thousands reaches the gateway at the configured pace, not at once.</summary>
public sealed class SmsRate(Microsoft.Extensions.Options.IOptions<SmsOptions> options) : IDisposable
{
    public RateLimiter Limiter { get; } = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
    {
        TokenLimit = Math.Max(1, options.Value.RatePerSecond),
        TokensPerPeriod = Math.Max(1, options.Value.RatePerSecond),
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = int.MaxValue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    });

    public void Dispose() => Limiter.Dispose();
}
