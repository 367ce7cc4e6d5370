using Inclusief.Data;
using Inclusief.Web.Features.Ideas;
using Inclusief.Web.Features.Projects;
using Inclusief.Web.Features.Research;
using Inclusief.Web.Infrastructure.Audit;
using Inclusief.Web.Infrastructure.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Students.Admin;

/// <summary>
/// Offering an assignment, or changing one. A coordinator offers it for the programme, a sub-project, a research
/// request or a trajectory; a sub-project's lead offers it for their own sub-project (reached from that page).
/// </summary>
[Authorize]
public sealed class EditModel(AppDbContext db, IAuthorizationService authorization, UserManager<AppUser> users, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty]
    public AssignmentInput Input { get; set; } = new();

    public Assignment? Existing { get; private set; }

    /// <summary>The origins this person may offer for: value and name.</summary>
    public IReadOnlyList<(string Value, string Name)> Origins { get; private set; } = [];

    public bool IsCoordinator { get; private set; }

    /// <summary>The assignment's <see cref="Assignment.Decisions"/> as the form showed them: a change on a stale form is refused.</summary>
    [BindProperty]
    public int Decisions { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, Guid? subProject)
    {
        if (await LoadAsync(id, subProject) is { } refused)
        {
            return refused;
        }
        Input = Existing is { } a
            ? new AssignmentInput
            {
                Kind = a.Kind, Title = a.Title, Description = a.Description, StartsOn = a.StartsOn, EndsOn = a.EndsOn, Lecturer = a.Lecturer,
                StudyProgramme = a.StudyProgramme, Places = a.Places, Origin = AssignmentInput.OriginOf(a),
            }
            : new AssignmentInput { Origin = subProject is { } project ? $"project:{project}" : null };
        Decisions = Existing?.Decisions ?? 0;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, Guid? subProject)
    {
        if (await LoadAsync(id, subProject) is { } refused)
        {
            return refused;
        }
        var origin = Input.ChosenOrigin(Origins.Select(o => o.Value));
        if (origin is null || (!IsCoordinator && origin.SubProjectId is null))
        {
            ModelState.AddModelError("Input.Origin", "Kies waar de opdracht vandaan komt uit de lijst.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var userId = users.GetUserId(User)!;
        if (Existing is not null && Decisions != Existing.Decisions)
        {
            RuleRefusal.Keep(TempData, Assignment.ChangedMeanwhile());
            return RedirectToPage(new { id });
        }
        try
        {
            if (Existing is { } assignment)
            {
                assignment.Update(Input.ToDetails(), origin!);
            }
            else
            {
                Existing = Assignment.Offer(Input.ToDetails(), origin!, userId, clock.GetUtcNow().UtcDateTime);
                db.Add(Existing);
            }
        }
        catch (RuleException refusal)
        {
            RuleRefusal.Show(this, "Input", refusal);
            return Page();
        }
        audit.Record(userId, id is null ? "assignment-offered" : "assignment-changed", Assignment.SubjectType, Existing.Id.ToString());
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            RuleRefusal.Keep(TempData, Assignment.ChangedMeanwhile());
            return RedirectToPage(new { id });
        }
        TempData["Notice"] = id is null ? "De opdracht staat open voor studenten." : "De opdracht is bijgewerkt.";
        return RedirectToPage("/Students/Admin/Assignment", new { id = Existing.Id });
    }

    /// <summary>Who may offer what: a coordinator anything, a lead only for a sub-project they lead.</summary>
    private async Task<IActionResult?> LoadAsync(Guid? id, Guid? subProject)
    {
        IsCoordinator = (await authorization.AuthorizeAsync(User, StudentPermissions.Coordinate)).Succeeded;
        if (id is { } existing)
        {
            Existing = await db.Set<Assignment>().Include(a => a.Applications).SingleOrDefaultAsync(a => a.Id == existing);
            if (Existing is null)
            {
                return NotFound();
            }
            if (!(await authorization.AuthorizeAsync(User, Existing, StudentPermissions.Manage)).Succeeded)
            {
                return Forbid();
            }
            subProject = Existing.SubProjectId;
        }
        if (IsCoordinator)
        {
            var projects = await db.Set<SubProject>().AsNoTracking().OrderBy(p => p.Title).Select(p => new { p.Id, p.Title }).ToListAsync();
            var requests = await db.Set<Idea>().AsNoTracking().Where(i => i.Kind == IdeaKind.ResearchRequest).OrderBy(i => i.Title).Select(i => new { i.Id, i.Title }).ToListAsync();
            var trajectories = await db.Set<Trajectory>().AsNoTracking().OrderBy(t => t.Title).Select(t => new { t.Id, t.Title }).ToListAsync();
            Origins = [.. projects.Select(p => ($"project:{p.Id}", p.Title)), .. requests.Select(i => ($"idea:{i.Id}", i.Title)), .. trajectories.Select(t => ($"trajectory:{t.Id}", t.Title))];
            return null;
        }
        var project = subProject is { } projectId ? await db.Set<SubProject>().Include(p => p.Members).SingleOrDefaultAsync(p => p.Id == projectId) : null;
        if (project is null || !(await authorization.AuthorizeAsync(User, project, ProjectPermissions.Manage)).Succeeded)
        {
            return Forbid();
        }
        Origins = [($"project:{project.Id}", project.Title)];
        return null;
    }
}
