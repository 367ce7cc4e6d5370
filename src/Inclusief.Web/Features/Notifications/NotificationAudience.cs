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
/// Which of some accounts may read a thing, by that thing's own rule: nothing is sent about activity a person cannot
/// see. Everyone who follows has an account, so "members" means all of them; the narrower rules are a work group's
/// sub-project (its members and the coordinators) and an idea that is not shared (its submitter and the coordinators).
/// Asked when a notification is made, and again before it is mailed.
/// </summary>
public sealed class NotificationAudience(AppDbContext db)
{
    public async Task<IReadOnlyList<string>> WhoMayReadAsync(FollowTarget target, string key, IReadOnlyCollection<string> userIds)
    {
        if (userIds.Count == 0)
        {
            return [];
        }
        switch (target)
        {
            case FollowTarget.Idea when Guid.TryParse(key, out var id):
                var idea = await db.Set<Idea>().AsNoTracking().Where(i => i.Id == id).Select(i => new { i.IsShared, i.SubmitterId }).SingleOrDefaultAsync();
                return idea is null ? [] : idea.IsShared ? [.. userIds] : await OnlyAsync(userIds, [idea.SubmitterId]);
            case FollowTarget.SubProject when Guid.TryParse(key, out var id):
                return await ProjectAsync(id, userIds);
            case FollowTarget.ProjectResult when Guid.TryParse(key, out var id):
                var projectId = await db.Set<ProjectResult>().Where(r => r.Id == id && r.PublishedAt != null).Select(r => (Guid?)r.SubProjectId).SingleOrDefaultAsync();
                return projectId is { } project ? await ProjectAsync(project, userIds) : [];
            case FollowTarget.KnowledgeItem when int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id):
                return await db.Set<KnowledgeItem>().AnyAsync(i => i.Id == id && i.Status == KnowledgeStatus.Published) ? [.. userIds] : [];
            case FollowTarget.Event when Guid.TryParse(key, out var id):
                return await db.Set<Event>().Listed().AnyAsync(e => e.Id == id) ? [.. userIds] : [];
            case FollowTarget.EventWriteUp when Guid.TryParse(key, out var id):
                return await db.Set<Event>().Listed().AnyAsync(e => e.Id == id && e.WriteUpPublishedAt != null) ? [.. userIds] : [];
            case FollowTarget.FeedbackRound when Guid.TryParse(key, out var id):
                return await db.Set<Feedback.FeedbackRound>().AnyAsync(r => r.Id == id) ? [.. userIds] : [];
            case FollowTarget.Events or FollowTarget.KnowledgeTheme:
                // What these notify about (a listed event, a published item) is itself checked by the caller.
                return [.. userIds];
            default:
                return [];
        }
    }

    private async Task<IReadOnlyList<string>> ProjectAsync(Guid id, IReadOnlyCollection<string> userIds)
    {
        var project = await db.Set<SubProject>().AsNoTracking().Where(p => p.Id == id).Select(p => new { p.Visibility }).SingleOrDefaultAsync();
        if (project is null)
        {
            return [];
        }
        if (project.Visibility != Visibility.WorkGroup)
        {
            return [.. userIds];
        }
        var members = await db.Set<WorkGroupMember>().Where(m => m.SubProjectId == id && userIds.Contains(m.UserId)).Select(m => m.UserId).ToListAsync();
        return await OnlyAsync(userIds, members);
    }

    /// <summary>The given accounts, and the coordinators among the asked ones (who read everything with their second factor).</summary>
    private async Task<IReadOnlyList<string>> OnlyAsync(IReadOnlyCollection<string> userIds, IReadOnlyCollection<string> allowed)
    {
        var coordinators = await (from ur in db.UserRoles
                                  join r in db.Roles on ur.RoleId equals r.Id
                                  where r.Name == StaffRoles.Coordinator && userIds.Contains(ur.UserId)
                                  select ur.UserId).ToListAsync();
        return userIds.Where(u => allowed.Contains(u) || coordinators.Contains(u)).ToList();
    }
}
