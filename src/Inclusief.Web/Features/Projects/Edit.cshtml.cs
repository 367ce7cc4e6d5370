using Inclusief.Web.Infrastructure.Caching;
using Inclusief.Data;
using Inclusief.Web.Features.Municipalities;
using Inclusief.Web.Features.Organisations;
using Inclusief.Web.Features.Participation;
using Inclusief.Web.Infrastructure.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Projects;

/// <summary>A lead or coordinator manages the sub-project: its settings, work group and involved organisations.</summary>
[Authorize]
public sealed class EditModel(AppDbContext db, IAuthorizationService authorization, MunicipalityList municipalities, PublicPageChanges publicPages, TimeProvider clock) : PageModel
{
    public SubProject Project { get; private set; } = null!;

    [BindProperty]
    public SettingsInput Input { get; set; } = new();

    public IReadOnlyList<Municipality> Municipalities { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    /// <summary>Active members of the work-field group with an account, who can join a work group.</summary>
    public IReadOnlyList<(string UserId, string Name)> Candidates { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Organisations { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name, string Role)> Involved { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        Input = new SettingsInput
        {
            Title = Project.Title, Question = Project.Question, Goal = Project.Goal, MunicipalityCode = Project.MunicipalityCode, Status = Project.Status,
            Visibility = Project.Visibility, StartsOn = Project.StartsOn, EndsOn = Project.EndsOn, ProgressPercent = Project.ProgressPercent,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        if (!string.IsNullOrEmpty(Input.MunicipalityCode) && !Municipalities.Any(m => m.Code == Input.MunicipalityCode))
        {
            ModelState.AddModelError("Input.MunicipalityCode", "Kies een gemeente uit de lijst.");
        }
        if (!ModelState.IsValidFor(nameof(Input)))
        {
            return Page();
        }
        Project.Change(new SubProject.Settings(Input.Title, Input.Question, Input.Goal, string.IsNullOrEmpty(Input.MunicipalityCode) ? null : Input.MunicipalityCode,
            Input.Status, Input.Visibility, Input.StartsOn, Input.EndsOn, Input.ProgressPercent));
        await db.SaveChangesAsync();
        TempData["Notice"] = "Het deelproject is opgeslagen.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostAddMemberAsync(Guid id, string? userId, bool lead)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        if (userId is null || !Candidates.Any(c => c.UserId == userId) && !Project.IsInWorkGroup(userId))
        {
            RuleRefusal.Keep(TempData, new RuleException("Kies iemand uit de werkveldgroep."));
            return RedirectToPage(new { id });
        }
        Project.AddMember(userId, lead ? WorkGroupRole.Lead : WorkGroupRole.Member, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
        TempData["Notice"] = "De werkgroep is bijgewerkt.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRemoveMemberAsync(Guid id, string userId)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        if (Project.RemoveMember(userId))
        {
            TempData["Notice"] = "De werkgroep is bijgewerkt.";
        }
        else
        {
            RuleRefusal.Keep(TempData, new RuleException("De laatste trekker kan niet weg; maak eerst iemand anders trekker."));
        }
        await db.SaveChangesAsync();
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostAddOrganisationAsync(Guid id, Guid? organisationId, string? role)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        if (organisationId is not { } chosen || !Organisations.Any(o => o.Id == chosen))
        {
            RuleRefusal.Keep(TempData, new RuleException("Kies een organisatie uit de lijst."));
            return RedirectToPage(new { id });
        }
        var involved = await db.Set<InvolvedOrganisation>().FindAsync(id, chosen);
        if (involved is null)
        {
            db.Set<InvolvedOrganisation>().Add(InvolvedOrganisation.Involve(id, chosen, role));
        }
        else
        {
            involved.Describe(role);
        }
        await db.SaveChangesAsync();
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRemoveOrganisationAsync(Guid id, Guid organisationId)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        await db.Set<InvolvedOrganisation>().Where(o => o.SubProjectId == id && o.OrganisationId == organisationId).ExecuteDeleteAsync();
        await publicPages.ChangedAsync(db, PublicPages.Projects);
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        var project = await db.Set<SubProject>().Include(p => p.Members).SingleOrDefaultAsync(p => p.Id == id);
        if (project is null || !(await authorization.AuthorizeAsync(User, project, ProjectPermissions.Read)).Succeeded)
        {
            return NotFound();
        }
        if (!(await authorization.AuthorizeAsync(User, project, ProjectPermissions.Manage)).Succeeded)
        {
            return Forbid();
        }
        Project = project;
        Municipalities = await municipalities.ActiveAsync();
        var memberIds = project.Members.Select(m => m.UserId).ToList();
        Names = await db.Users.Where(u => memberIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        Candidates = (await db.Set<Participant>().AsNoTracking()
                .Where(p => p.Form == ParticipationForm.WorkFieldGroup && p.Status == ParticipationStatus.Active && p.UserId != null && !memberIds.Contains(p.UserId))
                .Select(p => new { p.UserId, p.DisplayName }).Distinct().OrderBy(p => p.DisplayName).ToListAsync())
            .Select(p => (p.UserId!, p.DisplayName)).ToList();
        Organisations = await db.ApprovedOrganisations().OrderBy(o => o.Name)
            .Select(o => new ValueTuple<Guid, string>(o.Id, o.Name)).ToListAsync();
        Involved = (await db.Set<InvolvedOrganisation>().Where(i => i.SubProjectId == id)
                .Join(db.Set<Organisation>(), i => i.OrganisationId, o => o.Id, (i, o) => new { o.Id, o.Name, i.Role }).ToListAsync())
            .Select(o => (o.Id, o.Name, o.Role)).ToList();
        return null;
    }
}
