using Inclusief.Web.Infrastructure.Security;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Inclusief.Web.Features.Newsletter;

namespace Inclusief.Web.Infrastructure.Health;

public static class BenchEndpoints
{
    /// <summary>
    /// Only mapped when Bench:Enabled is true (bench/run.sh sets it): a constant response, the ceiling against
    /// which real pages are compared, and a trigger that sends the generated edition the way a coordinator's
    /// click does (which needs a two-factor sign-in a load script does not have), timing the queueing. The trigger
    /// answers only a caller that sends the random <c>Bench:Token</c> the script made; without one the site does not start.
    /// </summary>
    public static IEndpointRouteBuilder MapBench(this IEndpointRouteBuilder endpoints, IConfiguration configuration)
    {
        if (configuration.GetValue("Bench:Enabled", false))
        {
            var token = configuration["Bench:Token"] is { Length: >= 32 } configured
                ? Encoding.UTF8.GetBytes(configured)
                : throw new InvalidOperationException("Bench:Enabled needs Bench:Token (32 characters or more), which bench/run.sh makes.");
            endpoints.MapGet("/bench/ceiling", () => "ok").AllowAnonymous().DisableRateLimiting();
            endpoints.MapPost("/bench/send-edition/{id:guid}", async (Guid id, HttpRequest request, EditionSender sender, PublicAddress publicAddress) =>
            {
                if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(request.Headers["X-Bench-Token"].ToString()), token))
                {
                    return Results.NotFound();
                }
                var site = publicAddress.Root;
                var timer = Stopwatch.StartNew();
                try
                {
                    var recipients = await sender.SendAsync(id, site, token => $"{site}/Newsletter/Unsubscribe?token={Uri.EscapeDataString(token)}");
                    return Results.Ok(new { recipients, queuedMs = timer.ElapsedMilliseconds });
                }
                catch (Features.Newsletter.EditionAlreadySentException already)
                {
                    return Results.Conflict(new { message = already.Message });
                }
            }).AllowAnonymous().DisableRateLimiting().DisableAntiforgery();
        }
        return endpoints;
    }
}
