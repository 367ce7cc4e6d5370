using System.Globalization;
using Inclusief.Data;
using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Features.Events;
using Inclusief.Web.Features.Ideas;
using Inclusief.Web.Features.Knowledge;
using Inclusief.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Notifications;

/// <summary>
/// Which accounts may read which things, by each thing's own rule: nothing is sent or listed about what a person cannot
/// see. Everyone who follows has an account, so "members" means all of them; the narrower rules are a work group's
/// sub-project (its members and the coordinators) and an idea that is not shared (its submitter and the coordinators).
/// Asked when a notification is made (many accounts, one thing), and again before one is shown or mailed (one account,
/// many things): both ask the same rules, with one query per kind of thing.
/// </summary>
public sealed class NotificationAudience(AppDbContext db)
{
    /// <summary>Those of <paramref name="userIds"/> who may read one thing.</summary>
    public async Task<IReadOnlyList<string>> WhoMayReadAsync(FollowTarget target, string key, IReadOnlyCollection<string> userIds) =>
        userIds.Count == 0 ? [] : (await ReadersAsync(target, [key], userIds)).GetValueOrDefault(key) ?? [];

    /// <summary>Those of <paramref name="things"/> that one account may read.</summary>
    public async Task<IReadOnlySet<(FollowTarget Target, string Key)>> ReadableByAsync(string userId, IEnumerable<(FollowTarget Target, string Key)> things)
    {
        var readable = new HashSet<(FollowTarget, string)>();
        foreach (var kind in things.Distinct().GroupBy(t => t.Target))
        {
            var readers = await ReadersAsync(kind.Key, [.. kind.Select(t => t.Key)], [userId]);
            readable.UnionWith(readers.Where(r => r.Value.Count == 1).Select(r => (kind.Key, r.Key)));
        }
        return readable;
    }

    /// <summary>For each key of one kind of thing, who of the <paramref name="asked"/> accounts may read it; a key that is not there (or no longer readable) is left out.</summary>
    private async Task<Dictionary<string, IReadOnlyList<string>>> ReadersAsync(FollowTarget target, IReadOnlyCollection<string> keys, IReadOnlyCollection<string> asked)
    {
        // A deactivated account can no longer sign in to read anything, so nothing is made or mailed for it either.
        var userIds = await db.Users.Where(u => asked.Contains(u.Id) && u.DeactivatedAt == null).Select(u => u.Id).ToListAsync();
        if (userIds.Count == 0)
        {
            return [];
        }
        var guids = keys.Select(k => Guid.TryParse(k, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).Distinct().ToArray();
        Dictionary<string, IReadOnlyList<string>> Everyone(IEnumerable<string> readableKeys) => readableKeys.Distinct().ToDictionary(k => k, _ => (IReadOnlyList<string>)[.. userIds]);
        switch (target)
        {
            case FollowTarget.Idea:
                var ideas = await db.Set<Idea>().AsNoTracking().Where(i => guids.Contains(i.Id)).Select(i => new { i.Id, i.IsShared, i.SubmitterId }).ToListAsync();
                return await RestrictedAsync(userIds, ideas.Select(i => (Key(i.Id), i.IsShared ? null : (IReadOnlyCollection<string>)[i.SubmitterId])));
            case FollowTarget.SubProject:
                return await ProjectsAsync(userIds, guids.Select(id => (Key(id), id)));
            case FollowTarget.ProjectResult:
                var results = await db.Set<ProjectResult>().Where(r => guids.Contains(r.Id) && r.PublishedAt != null).Select(r => new { r.Id, r.SubProjectId }).ToListAsync();
                return await ProjectsAsync(userIds, results.Select(r => (Key(r.Id), r.SubProjectId)));
            case FollowTarget.KnowledgeItem:
                var itemIds = keys.Select(k => int.TryParse(k, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0).Where(id => id > 0).Distinct().ToArray();
                return Everyone((await db.Set<KnowledgeItem>().Where(i => itemIds.Contains(i.Id) && i.Status == KnowledgeStatus.Published).Select(i => i.Id).ToListAsync())
                    .Select(id => id.ToString(CultureInfo.InvariantCulture)));
            case FollowTarget.Event:
                return Everyone((await db.Set<Event>().Listed().Where(e => guids.Contains(e.Id)).Select(e => e.Id).ToListAsync()).Select(Key));
            case FollowTarget.EventWriteUp:
                return Everyone((await db.Set<Event>().Listed().Where(e => guids.Contains(e.Id) && e.WriteUpPublishedAt != null).Select(e => e.Id).ToListAsync()).Select(Key));
            case FollowTarget.FeedbackRound:
                // Only its invitees are ever told of a round, so whoever is asked about an existing one may read it.
                return Everyone((await db.Set<Feedback.FeedbackRound>().Where(r => guids.Contains(r.Id)).Select(r => r.Id).ToListAsync()).Select(Key));
            case FollowTarget.Events or FollowTarget.KnowledgeTheme:
                // What these notify about (a listed event, a published item) is itself checked by the caller.
                return Everyone(keys);
            default:
                return [];
        }
    }

    private static string Key(Guid id) => id.ToString("D");

    private async Task<Dictionary<string, IReadOnlyList<string>>> ProjectsAsync(IReadOnlyCollection<string> userIds, IEnumerable<(string Key, Guid ProjectId)> things)
    {
        var list = things.ToList();
        var projectIds = list.Select(t => t.ProjectId).Distinct().ToArray();
        var visibility = await db.Set<SubProject>().Where(p => projectIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Visibility);
        var closed = visibility.Where(p => p.Value == Visibility.WorkGroup).Select(p => p.Key).ToArray();
        var members = closed.Length == 0 ? Enumerable.Empty<WorkGroupMember>().ToLookup(m => m.SubProjectId, m => m.UserId)
            : (await db.Set<WorkGroupMember>().Where(m => closed.Contains(m.SubProjectId) && userIds.Contains(m.UserId)).Select(m => new { m.SubProjectId, m.UserId }).ToListAsync())
                .ToLookup(m => m.SubProjectId, m => m.UserId);
        return await RestrictedAsync(userIds, list.Where(t => visibility.ContainsKey(t.ProjectId))
            .Select(t => (t.Key, visibility[t.ProjectId] == Visibility.WorkGroup ? (IReadOnlyCollection<string>)[.. members[t.ProjectId]] : null)));
    }

    /// <summary>
    /// Each thing's readers: everyone asked when it has no narrower rule (<c>null</c>), otherwise the accounts it allows and
    /// the coordinators among the asked ones. A coordinator reads everything only signed in with a second factor, so one
    /// without two-factor authentication set up counts as a member here.
    /// </summary>
    private async Task<Dictionary<string, IReadOnlyList<string>>> RestrictedAsync(IReadOnlyCollection<string> userIds, IEnumerable<(string Key, IReadOnlyCollection<string>? Allowed)> things)
    {
        var list = things.ToList();
        var coordinators = !list.Any(t => t.Allowed is not null) ? [] : (await (from ur in db.UserRoles
                                                                                 join r in db.Roles on ur.RoleId equals r.Id
                                                                                 where r.Name == StaffRoles.Coordinator && userIds.Contains(ur.UserId)
                                                                                     && db.Users.Any(u => u.Id == ur.UserId && u.TwoFactorEnabled)
                                                                                 select ur.UserId).ToListAsync()).ToHashSet();
        return list.ToDictionary(t => t.Key, t => t.Allowed is null
            ? (IReadOnlyList<string>)[.. userIds]
            : userIds.Where(u => t.Allowed.Contains(u) || coordinators.Contains(u)).ToList());
    }
}
