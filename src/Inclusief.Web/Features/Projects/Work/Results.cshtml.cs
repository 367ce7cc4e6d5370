using Inclusief.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Inclusief.Web.Features.Projects.Work;

/// <summary>Results: recorded by the leads, and published (or withdrawn) for the public results list.</summary>
[Authorize]
public sealed class ResultsModel(AppDbContext db, IAuthorizationService authorization, TimeProvider clock, Notifications.Notifier notifier, Microsoft.AspNetCore.Identity.UserManager<AppUser> users)
    : ProjectWorkModel(db, authorization, clock)
{
    public Task<IActionResult> OnPostAddAsync(Guid id, ResultInput result)
    {
        ResultForm = result;
        return WorkAsync(id, ProjectPermissions.Manage, nameof(result), () =>
        {
            Db.Set<ProjectResult>().Add(ProjectResult.Create(Project.Id, result.Title, result.Summary, result.Evidence));
            return "Het resultaat is vastgelegd. Publiceer het als het openbaar mag.";
        });
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid id, Guid resultId, bool publish)
    {
        var newlyPublished = false;
        var result = await RowAsync<ProjectResult>(id, ProjectPermissions.Manage, resultId, r => r.SubProjectId == id, r =>
            {
                if (publish)
                {
                    newlyPublished = r.PublishedAt is null;
                    r.Publish(Now);
                }
                else
                {
                    r.Withdraw();
                }
            }, "results",
            publish ? "Het resultaat is gepubliceerd en staat bij de openbare resultaten." : "Het resultaat is niet meer openbaar.");
        // Followers hear of a result once: not again when it is published a second time.
        if (newlyPublished)
        {
            await NotifyFollowersAsync(notifier, users.GetUserId(User));
        }
        return result;
    }
}
