using Inclusief.Data;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Events;

/// <summary>What the events feature offers other features to link to: only what anyone may see.</summary>
public static class EventCatalogue
{
    public static IQueryable<Event> PublicEvents(this AppDbContext db) =>
        db.Set<Event>().AsNoTracking().Where(e => e.Audience == EventAudience.Public && e.PublishedAt != null);
}
