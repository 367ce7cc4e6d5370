using Inclusief.Web.Infrastructure.Security;
using System.Diagnostics;
using Inclusief.Web.Features.Newsletter;

namespace Inclusief.Web.Infrastructure.Health;

public static class BenchEndpoints
{
    /// <summary>
    /// Only mapped when Bench:Enabled is true (bench/run.sh sets it): a constant response, the ceiling against
    /// which real pages are compared, and a trigger that sends the generated edition the way a coordinator's
    /// click does (which needs a two-factor sign-in a load script does not have), timing the queueing.
    /// </summary>
    public static IEndpointRouteBuilder MapBench(this IEndpointRouteBuilder endpoints, IConfiguration configuration)
    {
        if (configuration.GetValue("Bench:Enabled", false))
        {
            endpoints.MapGet("/bench/ceiling", () => "ok").AllowAnonymous().DisableRateLimiting();
            endpoints.MapPost("/bench/send-edition/{id:guid}", async (Guid id, EditionSender sender, PublicAddress publicAddress) =>
            {
                var site = publicAddress.Root;
                var timer = Stopwatch.StartNew();
                try
                {
                    var recipients = await sender.SendAsync(id, site, token => $"{site}/Newsletter/Unsubscribe?token={Uri.EscapeDataString(token)}");
                    return Results.Ok(new { recipients, queuedMs = timer.ElapsedMilliseconds });
                }
                catch (InvalidOperationException already)
                {
                    return Results.Conflict(new { message = already.Message });
                }
            }).AllowAnonymous().DisableRateLimiting().DisableAntiforgery();
        }
        return endpoints;
    }
}
