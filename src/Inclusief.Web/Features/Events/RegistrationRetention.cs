using Inclusief.Data;
using Inclusief.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Events;

/// <summary>
/// Half a year after an event, its registrations lose who registered (name, address, organisation, needs, account);
/// their role, status and check-in stay, so attendance per role keeps counting.
/// </summary>
public sealed class RegistrationRetention(AppDbContext db, TimeProvider clock) : IRetentionRule
{
    public static readonly TimeSpan KeepAfterTheEvent = TimeSpan.FromDays(182);

    public async Task<string> ApplyAsync(CancellationToken cancellationToken) => $"{await RunAsync(cancellationToken)} registrations emptied";

    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var endedBefore = clock.GetUtcNow().UtcDateTime - KeepAfterTheEvent;
        return await db.Set<EventRegistration>()
            .Where(r => r.Email != "" && db.Set<Event>().Any(e => e.Id == r.EventId && e.EndsAt < endedBefore))
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Name, "").SetProperty(r => r.Email, "")
                // The address key is unique per event; the registration's own id keeps it so.
                .SetProperty(r => r.EmailKey, r => r.Id.ToString())
                .SetProperty(r => r.Organisation, (string?)null).SetProperty(r => r.EncryptedNeeds, (string?)null).SetProperty(r => r.UserId, (string?)null)
                .SetProperty(r => r.EncryptedSmsNumber, (string?)null).SetProperty(r => r.SmsKey, (string?)null), cancellationToken);
    }
}
