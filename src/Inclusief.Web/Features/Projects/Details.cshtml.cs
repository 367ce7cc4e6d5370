using Inclusief.Data;
using Inclusief.Web.Features.Municipalities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Projects;

/// <summary>A sub-project, shown according to its visibility: public, signed-in members, or its work group.</summary>
[AllowAnonymous]
public sealed class DetailsModel(AppDbContext db, IAuthorizationService authorization, UserManager<AppUser> users) : PageModel
{
    public SubProject Project { get; private set; } = null!;

    public string? MunicipalityName { get; private set; }

    public IReadOnlyList<(string Name, WorkGroupRole Role)> WorkGroup { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var project = await db.Set<SubProject>().AsNoTracking().Include(p => p.Members).SingleOrDefaultAsync(p => p.Id == id);
        if (project is null || !await MayReadAsync(project))
        {
            return NotFound();
        }
        Project = project;
        MunicipalityName = await db.Set<Municipality>().Where(m => m.Code == project.MunicipalityCode).Select(m => m.Name).FirstOrDefaultAsync();
        var memberIds = project.Members.Select(m => m.UserId).ToList();
        var names = await db.Users.Where(u => memberIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        WorkGroup = project.Members.OrderBy(m => m.Role).Select(m => (names.GetValueOrDefault(m.UserId, "–"), m.Role)).ToList();
        return Page();
    }

    private async Task<bool> MayReadAsync(SubProject project) => project.Visibility switch
    {
        Visibility.Public => true,
        Visibility.Members when User.Identity?.IsAuthenticated == true => true,
        _ => project.IsInWorkGroup(users.GetUserId(User)) || (await authorization.AuthorizeAsync(User, ProjectPermissions.Oversee)).Succeeded,
    };
}
