using System.Threading.RateLimiting;

namespace Inclusief.Web.Infrastructure.Sms;

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
