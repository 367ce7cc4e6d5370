using Inclusief.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Inclusief.Web.Features.Projects.Work;

/// <summary>A page for one job on a sub-project: posted to from the project page, and back there after the change.</summary>
public abstract class ProjectWorkModel(AppDbContext db, IAuthorizationService authorization, TimeProvider clock) : ProjectPageModel(db, authorization, clock)
{
    public IActionResult OnGet(Guid id) => RedirectToPage("/Projects/Details", new { id });

    /// <summary>After news (an update, a published result) is saved: whoever follows the sub-project and may read it hears of it.</summary>
    protected async Task NotifyFollowersAsync(Notifications.Notifier notifier, string? actorId)
    {
        await notifier.NotifyFollowersAsync(new Notifications.Notifier.What(Notifications.NotificationKind.ProjectNews, Notifications.FollowTarget.SubProject,
            Conversation.CommentSubjects.KeyOf(Project.Id), Project.Title, $"/Projects/Details/{Project.Id}"), actorId);
        await Db.SaveChangesAsync();
    }
}
