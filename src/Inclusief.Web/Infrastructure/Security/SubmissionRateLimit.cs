using System.Threading.RateLimiting;

namespace Inclusief.Web.Infrastructure.Security;

/// <summary>
/// Slows down guessing and flooding on forms that anyone can post (sign-in, registration, sign-ups):
/// a fixed number of posts per client address per minute. Partitions live in memory only; the address
/// is never written anywhere. Reading pages is never limited.
/// </summary>
public static class SubmissionRateLimit
{
    public const string Policy = "submissions";

    public static IServiceCollection AddSubmissionRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var permitPerMinute = configuration.GetValue("RateLimits:SubmissionsPerMinute", 10);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Policy, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permitPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("read"));
        });
        return services;
    }
}
