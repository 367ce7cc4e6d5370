using System.Security.Claims;
using Inclusief.Web.Features.Accounts;

namespace Inclusief.Web.Features.Events;

/// <summary>What the holder of a registration's link may do now: change sessions while registration is open, cancel until the event is over, give feedback after attending.</summary>
public sealed class RegistrationAuthorizationHandler(TimeProvider clock) : ResourceHandler<RegistrationOnLink>
{
    protected override ValueTask<bool> AllowsAsync(ClaimsPrincipal user, string operation, RegistrationOnLink held)
    {
        var (registration, ev) = held;
        var now = clock.GetUtcNow().UtcDateTime;
        var over = now >= ev.EndsAt;
        return ValueTask.FromResult(operation switch
        {
            nameof(EventPermissions.ChangeSessions) => ev.IsOpenForRegistration(now) && registration.Status != RegistrationStatus.Cancelled,
            nameof(EventPermissions.Cancel) => !over && !ev.IsCancelled && registration.Status != RegistrationStatus.Cancelled,
            nameof(EventPermissions.GiveFeedback) => over && !ev.IsCancelled && registration.Status == RegistrationStatus.Registered,
            _ => false,
        });
    }
}
