using Inclusief.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Inclusief.Web.Features.Projects;

/// <summary>A sub-project, shown according to its visibility (<see cref="ProjectPageModel"/>); the work on it happens on the pages under Work/.</summary>
[AllowAnonymous]
public sealed class DetailsModel(AppDbContext db, IAuthorizationService authorization, TimeProvider clock) : ProjectPageModel(db, authorization, clock)
{
    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id, ProjectPermissions.Read) ?? await ShowAsync();
}
