using Inclusief.Web.Infrastructure.Security;
using System.ComponentModel.DataAnnotations;
using Inclusief.Data;
using Inclusief.Web.Features.Municipalities;
using Inclusief.Web.Features.Organisations;
using Inclusief.Web.Infrastructure.Localization;
using Inclusief.Web.Infrastructure.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Projects;

/// <summary>
/// A sub-project: what it is about, its work group, actions, meetings, timeline, results and evaluations.
/// Shown according to its visibility; the work group works on it here, leads also record results.
/// </summary>
[AllowAnonymous]
public sealed class DetailsModel(AppDbContext db, IAuthorizationService authorization, UserManager<AppUser> users, ProjectMail mail, TimeProvider clock, PublicAddress site) : PageModel
{
    public SubProject Project { get; private set; } = null!;

    public string? MunicipalityName { get; private set; }

    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyList<(string Name, string Role)> Organisations { get; private set; } = [];

    public IReadOnlyList<ActionItem> Actions { get; private set; } = [];

    public IReadOnlyList<Milestone> Milestones { get; private set; } = [];

    public IReadOnlyList<ProgressUpdate> Updates { get; private set; } = [];

    public IReadOnlyList<Meeting> Meetings { get; private set; } = [];

    public IReadOnlyList<ProjectResult> Results { get; private set; } = [];

    public IReadOnlyList<EvaluationPoint> Evaluations { get; private set; } = [];

    public bool CanContribute { get; private set; }

    public bool CanManage { get; private set; }

    public DateOnly Today { get; private set; }

    public int Progress => Project.Progress(Milestones);

    public ActionInput ActionForm { get; set; } = new();

    public MilestoneInput MilestoneForm { get; set; } = new();

    public MeetingInput MeetingForm { get; set; } = new();

    public ResultInput ResultForm { get; set; } = new();

    public EvaluationInput EvaluationForm { get; set; } = new();

    [StringLength(SubProject.TextMaxLength)]
    public string? UpdateText { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id, ProjectPermissions.Read) ?? Page();

    public Task<IActionResult> OnPostActionAsync(Guid id, ActionInput action)
    {
        ActionForm = action;
        return WorkAsync(id, ProjectPermissions.Contribute, nameof(action), () =>
        {
            var owner = action.OwnerId is { } ownerId && Project.IsInWorkGroup(ownerId) ? ownerId : null;
            db.Set<ActionItem>().Add(ActionItem.Create(Project.Id, action.Description, owner, action.DueOn, action.Goal, Now));
            return "De actie is toegevoegd.";
        });
    }

    public async Task<IActionResult> OnPostActionStatusAsync(Guid id, Guid actionId, ActionStatus status)
    {
        if (await LoadAsync(id, ProjectPermissions.Contribute) is { } refused)
        {
            return refused;
        }
        var item = await db.Set<ActionItem>().SingleOrDefaultAsync(a => a.Id == actionId && a.SubProjectId == id);
        if (item is null)
        {
            return NotFound();
        }
        item.Move(status);
        await db.SaveChangesAsync();
        return RedirectToPage(null, null, new { id }, "actions");
    }

    public Task<IActionResult> OnPostMilestoneAsync(Guid id, MilestoneInput milestone)
    {
        MilestoneForm = milestone;
        return WorkAsync(id, ProjectPermissions.Contribute, nameof(milestone), () =>
        {
            db.Set<Milestone>().Add(Milestone.Create(Project.Id, milestone.Title, milestone.PlannedOn));
            return "De mijlpaal is toegevoegd.";
        });
    }

    public async Task<IActionResult> OnPostReachAsync(Guid id, Guid milestoneId)
    {
        if (await LoadAsync(id, ProjectPermissions.Contribute) is { } refused)
        {
            return refused;
        }
        var milestone = await db.Set<Milestone>().SingleOrDefaultAsync(m => m.Id == milestoneId && m.SubProjectId == id);
        if (milestone is null)
        {
            return NotFound();
        }
        milestone.Reach(ProgrammeTime.DayOf(Now));
        await db.SaveChangesAsync();
        return RedirectToPage(null, null, new { id }, "progress");
    }

    public Task<IActionResult> OnPostUpdateAsync(Guid id, string? updateText)
    {
        UpdateText = updateText;
        return WorkAsync(id, ProjectPermissions.Contribute, nameof(UpdateText), () =>
        {
            if (string.IsNullOrWhiteSpace(updateText) || updateText.Length > SubProject.TextMaxLength)
            {
                ModelState.AddModelError(nameof(UpdateText), "Schrijf wat er is gebeurd (hoogstens 4000 tekens).");
                return null;
            }
            db.Set<ProgressUpdate>().Add(ProgressUpdate.Create(Project.Id, users.GetUserId(User)!, updateText, Now));
            return "De voortgang is bijgewerkt.";
        });
    }

    public Task<IActionResult> OnPostMeetingAsync(Guid id, MeetingInput meeting)
    {
        MeetingForm = meeting;
        return WorkAsync(id, ProjectPermissions.Contribute, nameof(meeting), () =>
        {
            var startsAt = ProgrammeTime.ToUtc(meeting.Date!.Value, meeting.Time!.Value);
            if (startsAt <= Now)
            {
                ModelState.AddModelError("meeting.Date", "Kies een moment in de toekomst.");
                return null;
            }
            var planned = Meeting.Plan(Project.Id, meeting.Title, startsAt, meeting.DurationMinutes, meeting.Location, meeting.OnlineLink, meeting.Agenda, meeting.ChairName);
            db.Set<Meeting>().Add(planned);
            var memberIds = Project.Members.Select(m => m.UserId).ToList();
            mail.MeetingPlanned(db.Users.Where(u => memberIds.Contains(u.Id)).ToList(), Project, planned, site.Page(Url, "/Projects/Meeting", null, new { id = planned.Id }));
            return "De bijeenkomst is gepland en de werkgroep is uitgenodigd.";
        });
    }

    public Task<IActionResult> OnPostResultAsync(Guid id, ResultInput result)
    {
        ResultForm = result;
        return WorkAsync(id, ProjectPermissions.Manage, nameof(result), () =>
        {
            db.Set<ProjectResult>().Add(ProjectResult.Create(Project.Id, result.Title, result.Summary, result.Evidence));
            return "Het resultaat is vastgelegd. Publiceer het als het openbaar mag.";
        });
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid id, Guid resultId, bool publish)
    {
        if (await LoadAsync(id, ProjectPermissions.Manage) is { } refused)
        {
            return refused;
        }
        var result = await db.Set<ProjectResult>().SingleOrDefaultAsync(r => r.Id == resultId && r.SubProjectId == id);
        if (result is null)
        {
            return NotFound();
        }
        if (publish)
        {
            result.Publish(Now);
        }
        else
        {
            result.Withdraw();
        }
        await db.SaveChangesAsync();
        TempData["Notice"] = publish ? "Het resultaat is gepubliceerd en staat bij de openbare resultaten." : "Het resultaat is niet meer openbaar.";
        return RedirectToPage(null, null, new { id }, "results");
    }

    public Task<IActionResult> OnPostEvaluationAsync(Guid id, EvaluationInput evaluation)
    {
        EvaluationForm = evaluation;
        return WorkAsync(id, ProjectPermissions.Manage, nameof(evaluation), () =>
        {
            db.Set<EvaluationPoint>().Add(EvaluationPoint.Record(Project.Id, evaluation.HeldOn!.Value, evaluation.Findings, evaluation.Decision));
            return "Het weegmoment is vastgelegd.";
        });
    }

    /// <summary>One change by someone allowed to make it; a form with errors comes back with what was typed.</summary>
    private async Task<IActionResult> WorkAsync(Guid id, OperationAuthorizationRequirement permission, string prefix, Func<string?> change)
    {
        if (await LoadAsync(id, permission) is { } refused)
        {
            return refused;
        }
        if (!ModelState.IsValidFor(prefix) || change() is not { } notice)
        {
            return Page();
        }
        await db.SaveChangesAsync();
        TempData["Notice"] = notice;
        return RedirectToPage(new { id });
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<IActionResult?> LoadAsync(Guid id, OperationAuthorizationRequirement permission)
    {
        var project = await db.Set<SubProject>().Include(p => p.Members).SingleOrDefaultAsync(p => p.Id == id);
        if (project is null || !(await authorization.AuthorizeAsync(User, project, ProjectPermissions.Read)).Succeeded)
        {
            return NotFound();
        }
        if (!(await authorization.AuthorizeAsync(User, project, permission)).Succeeded)
        {
            return Forbid();
        }
        Project = project;
        CanContribute = (await authorization.AuthorizeAsync(User, project, ProjectPermissions.Contribute)).Succeeded;
        CanManage = (await authorization.AuthorizeAsync(User, project, ProjectPermissions.Manage)).Succeeded;
        Today = ProgrammeTime.DayOf(Now);
        MunicipalityName = await db.Set<Municipality>().Where(m => m.Code == project.MunicipalityCode).Select(m => m.Name).FirstOrDefaultAsync();
        Organisations = (await db.Set<InvolvedOrganisation>().Where(o => o.SubProjectId == id)
                .Join(db.Set<Organisation>(), i => i.OrganisationId, o => o.Id, (i, o) => new { o.Name, i.Role }).OrderBy(o => o.Name).ToListAsync())
            .Select(o => (o.Name, o.Role)).ToList();
        Actions = await db.Set<ActionItem>().AsNoTracking().Where(a => a.SubProjectId == id).OrderBy(a => a.Status).ThenBy(a => a.DueOn).ToListAsync();
        Milestones = await db.Set<Milestone>().AsNoTracking().Where(m => m.SubProjectId == id).OrderBy(m => m.PlannedOn).ToListAsync();
        Updates = await db.Set<ProgressUpdate>().AsNoTracking().Where(u => u.SubProjectId == id).OrderByDescending(u => u.At).ToListAsync();
        Meetings = await db.Set<Meeting>().AsNoTracking().Where(m => m.SubProjectId == id).OrderByDescending(m => m.StartsAt).ToListAsync();
        Results = await db.Set<ProjectResult>().AsNoTracking().Where(r => r.SubProjectId == id && (CanContribute || r.PublishedAt != null)).ToListAsync();
        Evaluations = await db.Set<EvaluationPoint>().AsNoTracking().Where(e => e.SubProjectId == id).OrderByDescending(e => e.HeldOn).ToListAsync();
        var userIds = project.Members.Select(m => m.UserId).Concat(Updates.Select(u => u.AuthorId)).Concat(Actions.Where(a => a.OwnerId != null).Select(a => a.OwnerId!)).Distinct().ToList();
        Names = await db.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        return null;
    }
}
