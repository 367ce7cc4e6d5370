using Inclusief.Data;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Events;

/// <summary>What the events feature offers other features: public events anyone may see, and a trajectory's focus groups for those who facilitate it.</summary>
public static class EventCatalogue
{
    /// <summary>The focus groups of a trajectory, drafts included: only for those who facilitate it.</summary>
    public static IQueryable<Event> FocusGroupsOf(this AppDbContext db, Guid trajectoryId) =>
        db.Set<Event>().AsNoTracking().Where(e => e.TrajectoryId == trajectoryId);

    /// <summary>
    /// One event with its rounds and their sessions. One chain of collections gives one row per session, so for one event a
    /// single joined query costs less than a query per level (a surge of registrations reads this on every post); lists
    /// of events split the query instead, so each event's long texts are not repeated on every session row.
    /// </summary>
    public static IQueryable<Event> WithSessions(this IQueryable<Event> events) =>
        events.Include(e => e.Rounds).ThenInclude(r => r.Sessions).AsSingleQuery();

    /// <summary>
    /// Coming events soonest first; past ones most recently ended first (a multi-day event ranks by its last day). The
    /// past order is the (EndsAt, Id) index read backwards, so a page of the past costs the same with three years of
    /// events as with a handful; the coming ones are few.
    /// </summary>
    public static IOrderedQueryable<Event> InListOrder(this IQueryable<Event> events, bool past) =>
        past ? events.OrderByDescending(e => e.EndsAt).ThenByDescending(e => e.Id) : events.OrderBy(e => e.StartsAt).ThenBy(e => e.Id);

    public static IQueryable<Event> PublicEvents(this AppDbContext db) =>
        db.Set<Event>().AsNoTracking().Where(e => e.Audience == EventAudience.Public && e.PublishedAt != null);
}
