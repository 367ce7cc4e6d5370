using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Events;

/// <summary>Who may see an event's page: public and members' events are listed; an invitation-only event opens with its invitation code.</summary>
public static class EventVisibility
{
    public static IQueryable<Event> Listed(this IQueryable<Event> events) => events.Where(e => e.Audience != EventAudience.InvitationOnly);

    public static bool IsVisible(Event ev, string? invitationCode, bool isOrganiser) =>
        isOrganiser || ev.AdmitsInvitation(invitationCode);

    /// <summary>Places still free for someone in the given role (null: anyone), from the current counts.</summary>
    public static int FreeFor(Event ev, RegistrationDesk.Taken taken, RoleCategory? role) =>
        Math.Max(0, ev.GeneralPlaces - taken.General) + (role is not null && role == ev.ReservedFor ? Math.Max(0, ev.ReservedPlaces - taken.Reserved) : 0);

    public static async Task<Dictionary<Guid, RegistrationDesk.Taken>> TakenAsync(this IQueryable<EventRegistration> registrations, IReadOnlyCollection<Guid> eventIds)
    {
        var rows = await registrations.Where(r => eventIds.Contains(r.EventId) && r.Status == RegistrationStatus.Registered)
            .GroupBy(r => new { r.EventId, r.Seat }).Select(g => new { g.Key.EventId, g.Key.Seat, Count = g.Count() }).ToListAsync();
        return eventIds.ToDictionary(id => id, id => new RegistrationDesk.Taken(
            rows.Where(r => r.EventId == id && r.Seat == Seat.General).Sum(r => r.Count),
            rows.Where(r => r.EventId == id && r.Seat == Seat.Reserved).Sum(r => r.Count)));
    }

    /// <summary>Confirmed places per session; a session nobody chose is missing (read it with GetValueOrDefault).</summary>
    public static Task<Dictionary<Guid, int>> TakenPerSessionAsync(this IQueryable<SessionChoice> choices, IReadOnlyCollection<Guid> sessionIds) =>
        choices.Where(c => sessionIds.Contains(c.SessionId) && c.Status == SessionChoiceStatus.Confirmed)
            .GroupBy(c => c.SessionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
}
