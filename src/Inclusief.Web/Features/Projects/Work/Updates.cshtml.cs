using Microsoft.AspNetCore.Identity;
using Inclusief.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Inclusief.Web.Features.Projects.Work;

/// <summary>Progress updates written by the work group.</summary>
[Authorize]
public sealed class UpdatesModel(AppDbContext db, IAuthorizationService authorization, TimeProvider clock, UserManager<AppUser> users) : ProjectWorkModel(db, authorization, clock)
{
    public Task<IActionResult> OnPostAddAsync(Guid id, string? updateText)
    {
        UpdateText = updateText;
        return WorkAsync(id, ProjectPermissions.Contribute, nameof(UpdateText), () =>
        {
            if (string.IsNullOrWhiteSpace(updateText) || updateText.Length > SubProject.TextMaxLength)
            {
                ModelState.AddModelError(nameof(UpdateText), "Schrijf wat er is gebeurd (hoogstens 4000 tekens).");
                return null;
            }
            Db.Set<ProgressUpdate>().Add(ProgressUpdate.Create(Project.Id, users.GetUserId(User)!, updateText, Now));
            return "De voortgang is bijgewerkt.";
        });
    }
}
