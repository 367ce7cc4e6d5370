namespace Inclusief.Web.Infrastructure.Health;

public static class BenchEndpoints
{
    /// <summary>
    /// A constant response, the ceiling against which bench/run.sh compares real pages. Only mapped when
    /// Bench:Enabled is true (the benchmark sets it).
    /// </summary>
    public static IEndpointRouteBuilder MapBench(this IEndpointRouteBuilder endpoints, IConfiguration configuration)
    {
        if (configuration.GetValue("Bench:Enabled", false))
        {
            endpoints.MapGet("/bench/ceiling", () => "ok").AllowAnonymous().DisableRateLimiting();
        }
        return endpoints;
    }
}
