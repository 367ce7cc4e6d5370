using Inclusief.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Inclusief.Web.Features.Projects.Work;

/// <summary>A page for one job on a sub-project: posted to from the project page, and back there after the change.</summary>
public abstract class ProjectWorkModel(AppDbContext db, IAuthorizationService authorization, TimeProvider clock) : ProjectPageModel(db, authorization, clock)
{
    public IActionResult OnGet(Guid id) => RedirectToPage("/Projects/Details", new { id });
}
