using System.Text.Json;
using Inclusief.Web.Features.Accounts;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Inclusief.Web.Infrastructure.Health;

public static class HealthFeature
{
    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<OutboxHealthCheck>("outbox");
        return services;
    }

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
            ResponseWriter = (context, report) =>
            {
                context.Response.ContentType = "application/json";
                // A load balancer needs the status only; the counts behind it are for the site's admins.
                object body = StaffTwoFactorRequirement.IsSatisfiedBy(context.User, StaffRoles.Admin)
                    ? new
                    {
                        status = report.Status.ToString(),
                        checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), e.Value.Description, e.Value.Data }),
                    }
                    : new { status = report.Status.ToString() };
                return context.Response.WriteAsync(JsonSerializer.Serialize(body));
            },
        }).AllowAnonymous().DisableRateLimiting();
        return endpoints;
    }
}
