using System.ComponentModel.DataAnnotations;
using Inclusief.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Projects;

/// <summary>One work-group meeting: agenda beforehand, minutes and decisions afterwards.</summary>
[Authorize]
public sealed class MeetingModel(AppDbContext db, IAuthorizationService authorization) : PageModel
{
    public Meeting Meeting { get; private set; } = null!;

    public SubProject Project { get; private set; } = null!;

    public bool CanContribute { get; private set; }

    [BindProperty]
    [StringLength(SubProject.TextMaxLength * 2)]
    [Display(Name = "Verslag")]
    public string? Minutes { get; set; }

    [BindProperty]
    [StringLength(SubProject.TextMaxLength)]
    [Display(Name = "Besluiten")]
    public string? Decisions { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        Minutes = Meeting.Minutes;
        Decisions = Meeting.Decisions;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        if (!CanContribute)
        {
            return Forbid();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Meeting.RecordOutcome(Minutes, Decisions);
        await db.SaveChangesAsync();
        TempData["Notice"] = "Het verslag is opgeslagen.";
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        var meeting = await db.Set<Meeting>().SingleOrDefaultAsync(m => m.Id == id);
        var project = meeting is null ? null : await db.Set<SubProject>().Include(p => p.Members).SingleAsync(p => p.Id == meeting.SubProjectId);
        if (meeting is null || project is null || !(await authorization.AuthorizeAsync(User, project, ProjectPermissions.Read)).Succeeded)
        {
            return NotFound();
        }
        Meeting = meeting;
        Project = project;
        CanContribute = (await authorization.AuthorizeAsync(User, project, ProjectPermissions.Contribute)).Succeeded;
        return null;
    }
}
