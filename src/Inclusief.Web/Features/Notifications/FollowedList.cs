using System.Globalization;
using Inclusief.Data;
using Inclusief.Web.Features.Events;
using Inclusief.Web.Features.Ideas;
using Inclusief.Web.Features.Knowledge;
using Inclusief.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Notifications;

/// <summary>What someone follows, by name, for "Mijn meldingen": each with its stop button. Something they may no longer read is left out.</summary>
public sealed class FollowedList(AppDbContext db, NotificationAudience audience)
{
    public async Task<IReadOnlyList<FollowButton>> ForAsync(string userId)
    {
        var follows = await db.Set<Follow>().AsNoTracking().Where(f => f.UserId == userId).OrderByDescending(f => f.CreatedAt).ToListAsync();
        Guid[] Ids(FollowTarget target) => follows.Where(f => f.Target == target).Select(f => Guid.TryParse(f.Key, out var id) ? id : Guid.Empty).ToArray();
        var itemIds = follows.Where(f => f.Target == FollowTarget.KnowledgeItem)
            .Select(f => int.TryParse(f.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0).ToArray();
        var names = new Dictionary<(FollowTarget, string), string>();
        void Add<T>(FollowTarget target, IEnumerable<(T Id, string Title)> rows) where T : notnull
        {
            foreach (var (id, title) in rows)
            {
                names[(target, Convert.ToString(id, CultureInfo.InvariantCulture)!)] = title;
            }
        }
        var ideas = Ids(FollowTarget.Idea);
        Add(FollowTarget.Idea, (await db.Set<Idea>().Where(i => ideas.Contains(i.Id)).Select(i => new { i.Id, i.Title }).ToListAsync()).Select(i => (i.Id.ToString("D"), i.Title)));
        var projects = Ids(FollowTarget.SubProject);
        Add(FollowTarget.SubProject, (await db.Set<SubProject>().Where(p => projects.Contains(p.Id)).Select(p => new { p.Id, p.Title }).ToListAsync()).Select(p => (p.Id.ToString("D"), p.Title)));
        var results = Ids(FollowTarget.ProjectResult);
        Add(FollowTarget.ProjectResult, (await db.Set<ProjectResult>().Where(r => results.Contains(r.Id)).Select(r => new { r.Id, r.Title }).ToListAsync()).Select(r => (r.Id.ToString("D"), r.Title)));
        var events = Ids(FollowTarget.EventWriteUp);
        Add(FollowTarget.EventWriteUp, (await db.Set<Event>().Where(e => events.Contains(e.Id)).Select(e => new { e.Id, e.Title }).ToListAsync()).Select(e => (e.Id.ToString("D"), e.Title)));
        Add(FollowTarget.KnowledgeItem, (await db.Set<KnowledgeItem>().Where(i => itemIds.Contains(i.Id)).Select(i => new { i.Id, i.Title }).ToListAsync())
            .Select(i => (i.Id.ToString(CultureInfo.InvariantCulture), i.Title)));
        var readable = await audience.ReadableByAsync(userId, follows.Select(f => (f.Target, f.Key)));
        var list = new List<FollowButton>();
        foreach (var follow in follows.Where(f => readable.Contains((f.Target, f.Key))))
        {
            var name = follow.Target switch
            {
                FollowTarget.KnowledgeTheme => follow.Key,
                FollowTarget.Events => "",
                _ => names.GetValueOrDefault((follow.Target, follow.Key)),
            };
            if (name is not null)
            {
                list.Add(new FollowButton(follow.Target, follow.Key, name, Following: true, "/Notifications#volg"));
            }
        }
        return list;
    }
}
