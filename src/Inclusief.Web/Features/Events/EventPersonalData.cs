using Inclusief.Web.Infrastructure.Security;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Consents;
using Inclusief.Web.Infrastructure.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Events;

/// <summary>Event registrations and feedback. Erasing first cancels what is still ahead, so the next in line gets the place.</summary>
public sealed class EventPersonalData(AppDbContext db, RegistrationDesk desk, Consents consents, Infrastructure.Crypto.FieldCipher cipher, PublicAddress site, TimeProvider clock) : IPersonalData
{
    public string Section => "events";

    public async Task<object?> ExportAsync(AppUser user)
    {
        var registrations = await Mine(user).AsNoTracking().Include(r => r.Choices).OrderBy(r => r.CreatedAt).ToListAsync();
        var eventIds = registrations.Select(r => r.EventId).ToList();
        var events = await db.Set<Event>().AsNoTracking().Include(e => e.Rounds).ThenInclude(r => r.Sessions).AsSplitQuery()
            .Where(e => eventIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id);
        var ids = registrations.Select(r => r.Id).ToList();
        var feedback = await db.Set<EventFeedback>().AsNoTracking().Where(f => ids.Contains(f.RegistrationId)).ToDictionaryAsync(f => f.RegistrationId);
        var export = new List<object>();
        foreach (var r in registrations)
        {
            var ev = events[r.EventId];
            var needs = desk.DecryptNeeds(r.EncryptedNeeds);
            export.Add(new
            {
                Event = ev.Title,
                ev.StartsAt,
                r.Name,
                r.Email,
                r.Organisation,
                Role = r.Role?.ToString(),
                DietaryNeeds = needs.Dietary,
                AccessibilityNeeds = needs.Accessibility,
                SmsReminderNumber = cipher.DecryptOrNull(r.EncryptedSmsNumber, EventRegistration.SmsCipherPurpose),
                Status = r.Status.ToString(),
                Code = r.DisplayCode,
                r.CreatedAt,
                r.CheckedInAt,
                Sessions = r.Choices.Select(c => new { Session = ev.Rounds.SelectMany(x => x.Sessions).FirstOrDefault(s => s.Id == c.SessionId)?.Title, Status = c.Status.ToString() }),
                Feedback = feedback.TryGetValue(r.Id, out var f) ? new { f.Rating, f.Valuable, f.Improvement, f.SubmittedAt } : null,
                Consents = (await consents.HistoryAsync(EventRegistration.SubjectType, r.Id.ToString())).Select(c => new { c.Purpose, c.WordingVersion, c.Given, c.At }),
            });
        }
        return export;
    }

    public async Task EraseAsync(AppUser user)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var ahead = await Mine(user).Where(r => r.Status != RegistrationStatus.Cancelled && db.Set<Event>().Any(e => e.Id == r.EventId && e.EndsAt > now))
            .Select(r => r.Id).ToListAsync();
        foreach (var id in ahead)
        {
            await desk.CancelAsync(id, site.Root, tellRegistrant: false);
        }
        foreach (var id in await Mine(user).Select(r => r.Id).ToListAsync())
        {
            await consents.ForgetAsync(EventRegistration.SubjectType, id.ToString());
        }
        await Mine(user).ExecuteDeleteAsync();
    }

    /// <summary>Registrations made while signed in, and those made earlier with the account's confirmed address.</summary>
    private IQueryable<EventRegistration> Mine(AppUser user)
    {
        var email = user.EmailConfirmed ? user.Email?.ToLowerInvariant() : null;
        return db.Set<EventRegistration>().Where(r => r.UserId == user.Id || (email != null && r.EmailKey == email));
    }
}
