using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Inclusief.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Inclusief.Web.Features.Projects.Work;

/// <summary>Progress updates written by the work group.</summary>
[Authorize]
public sealed class UpdatesModel(AppDbContext db, IAuthorizationService authorization, TimeProvider clock, UserManager<AppUser> users, Notifications.Notifier notifier)
    : ProjectWorkModel(db, authorization, clock)
{
    public async Task<IActionResult> OnPostAddAsync(Guid id,
        [Required(ErrorMessage = "Schrijf wat er is gebeurd."), StringLength(SubProject.TextMaxLength), Display(Name = "De voortgang")] string? updateText)
    {
        UpdateText = updateText;
        var result = await WorkAsync(id, ProjectPermissions.Contribute, nameof(updateText), () =>
        {
            Db.Set<ProgressUpdate>().Add(ProgressUpdate.Create(Project.Id, users.GetUserId(User)!, updateText!, Now));
            return "De voortgang is bijgewerkt.";
        });
        if (result is RedirectToPageResult)
        {
            await NotifyFollowersAsync(notifier, users.GetUserId(User));
        }
        return result;
    }
}
