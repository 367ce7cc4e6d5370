using System.Security.Claims;
using System.Threading.RateLimiting;

namespace Inclusief.Web.Infrastructure.Security;

/// <summary>
/// Slows down guessing and flooding on forms that anyone can post: a fixed number of posts per client
/// (<see cref="ClientAddress"/>) per minute. Receipt-code follow-up and the client check have tighter limits of
/// their own, applied before any slow hash is computed. Every other form has the write limit, counted per account
/// when signed in (a stolen or scripted account is slowed wherever it posts from). On SQLite the counts live in
/// memory; on PostgreSQL, where several instances run, in <see cref="SharedRateWindow"/>. Reading pages is never limited.
/// </summary>
public static class SubmissionRateLimit
{
    public const string Policy = "submissions";

    /// <summary>Entering a receipt code: each try costs a slow hash, and codes must not be guessed.</summary>
    public const string ReceiptPolicy = "receipts";

    /// <summary>The safety network's client check, on top of each member's daily quota.</summary>
    public const string ClientCheckPolicy = "client-check";

    /// <summary>Every form without a limit of its own: writing, uploading, moderating.</summary>
    public const string WritePolicy = "writes";

    public static IServiceCollection AddSubmissionRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddClientAddress(configuration);
        static string ByClient(HttpContext context) => ClientAddress.PartitionOf(context.Connection.RemoteIpAddress);
        static string ByAccount(HttpContext context) =>
            context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } account ? $"account:{account}" : ByClient(context);
        var limits = new (string Policy, int PerMinute, Func<HttpContext, string> Partition)[]
        {
            (Policy, configuration.GetValue("RateLimits:SubmissionsPerMinute", 10), ByClient),
            (ReceiptPolicy, configuration.GetValue("RateLimits:ReceiptCodesPerMinute", 5), ByClient),
            (ClientCheckPolicy, configuration.GetValue("RateLimits:ClientChecksPerMinute", 6), ByClient),
            (WritePolicy, configuration.GetValue("RateLimits:WritesPerMinute", 30), ByAccount),
        };
        // Several instances share PostgreSQL and must share their counts; SQLite is one instance, counting in memory.
        var shared = Database.DatabaseSetup.SharedByInstances(configuration);
        if (shared)
        {
            services.AddSingleton(sp => new SharedRateWindow(configuration.GetConnectionString("Postgres")!,
                sp.GetRequiredService<Crypto.MasterKey>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<SharedRateWindow>>()));
        }
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            foreach (var (policy, perMinute, partition) in limits)
            {
                options.AddPolicy(policy, context => !HttpMethods.IsPost(context.Request.Method)
                    ? RateLimitPartition.GetNoLimiter("read")
                    : shared
                        ? RateLimitPartition.Get(partition(context), key => context.RequestServices.GetRequiredService<SharedRateWindow>().For(policy, key, perMinute))
                        : RateLimitPartition.GetFixedWindowLimiter(
                            partition(context),
                            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            }
        });
        return services;
    }
}
