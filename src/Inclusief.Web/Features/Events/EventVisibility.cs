using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Events;

/// <summary>
/// Who may see an event's page: published public and members' events are listed; an invitation-only event opens with
/// its invitation code; a draft is seen by organisers only.
/// </summary>
public static class EventVisibility
{
    public static IQueryable<Event> Listed(this IQueryable<Event> events) => events.Where(e => e.Audience != EventAudience.InvitationOnly && e.PublishedAt != null);

    public static bool IsVisible(Event ev, string? invitationCode, bool isOrganiser) =>
        isOrganiser || (ev.IsPublished && ev.AdmitsInvitation(invitationCode));

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
        choices.PerSessionAsync(sessionIds, SessionChoiceStatus.Confirmed);

    /// <summary>People in each session's queue; a session without a queue is missing.</summary>
    public static Task<Dictionary<Guid, int>> WaitingPerSessionAsync(this IQueryable<SessionChoice> choices, IReadOnlyCollection<Guid> sessionIds) =>
        choices.PerSessionAsync(sessionIds, SessionChoiceStatus.Waitlisted);

    private static Task<Dictionary<Guid, int>> PerSessionAsync(this IQueryable<SessionChoice> choices, IReadOnlyCollection<Guid> sessionIds, SessionChoiceStatus status) =>
        choices.Where(c => sessionIds.Contains(c.SessionId) && c.Status == status)
            .GroupBy(c => c.SessionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
}
