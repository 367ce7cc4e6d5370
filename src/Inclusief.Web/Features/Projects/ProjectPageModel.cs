using Inclusief.Data;
using Inclusief.Web.Features.Municipalities;
using Inclusief.Web.Features.Organisations;
using Inclusief.Web.Infrastructure.Localization;
using Inclusief.Web.Infrastructure.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Projects;

/// <summary>
/// A sub-project as its page shows it (<c>_Project</c>): what it is about, its work group, actions, meetings, timeline,
/// results and evaluations. <see cref="DetailsModel"/> shows it; each job on it is a page of its own under
/// <c>Work/</c> with its own permission, which shows the project again with the typed input when a form has errors.
/// </summary>
public abstract class ProjectPageModel(AppDbContext db, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    protected AppDbContext Db => db;

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

    public ActionInput ActionForm { get; protected set; } = new();

    public MilestoneInput MilestoneForm { get; protected set; } = new();

    public MeetingInput MeetingForm { get; protected set; } = new();

    public ResultInput ResultForm { get; protected set; } = new();

    public EvaluationInput EvaluationForm { get; protected set; } = new();

    public string? UpdateText { get; protected set; }

    public Conversation.CommentThread? Comments { get; private set; }

    [BindProperty(Name = Pager.Parameter, SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    protected DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>One change by someone allowed to make it; a form with errors comes back with what was typed.</summary>
    protected async Task<IActionResult> WorkAsync(Guid id, OperationAuthorizationRequirement permission, string prefix, Func<string?> change)
    {
        if (await LoadAsync(id, permission) is { } refused)
        {
            return refused;
        }
        if (!ModelState.IsValidFor(prefix) || change() is not { } notice)
        {
            return await ShowAsync();
        }
        await db.SaveChangesAsync();
        TempData["Notice"] = notice;
        return RedirectToPage("/Projects/Details", new { id });
    }

    /// <summary>A change to one row of the sub-project (an action, a milestone, a result), then back to its section.</summary>
    protected async Task<IActionResult> RowAsync<TRow>(Guid id, OperationAuthorizationRequirement permission, Guid rowId, Func<TRow, bool> belongs, Action<TRow> change, string section, string? notice = null)
        where TRow : class
    {
        if (await LoadAsync(id, permission) is { } refused)
        {
            return refused;
        }
        if (await db.Set<TRow>().FindAsync(rowId) is not { } row || !belongs(row))
        {
            return NotFound();
        }
        change(row);
        await db.SaveChangesAsync();
        if (notice is not null)
        {
            TempData["Notice"] = notice;
        }
        return RedirectToPage("/Projects/Details", null, new { id }, section);
    }

    protected async Task<IActionResult?> LoadAsync(Guid id, OperationAuthorizationRequirement permission)
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
        return null;
    }

    /// <summary>Loads what the page shows, once <see cref="LoadAsync"/> let the visitor in; a change that only redirects never needs it.</summary>
    protected async Task<PageResult> ShowAsync()
    {
        var (project, id) = (Project, Project.Id);
        Today = ProgrammeTime.DayOf(Now);
        MunicipalityName = (await db.Set<Municipality>().AsNoTracking().FirstOrDefaultAsync(m => m.Code == project.MunicipalityCode))?.DisplayName;
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
        // Taken from the request's services rather than every Work page's constructor: only showing the page needs it.
        Comments = await HttpContext.RequestServices.GetRequiredService<Conversation.CommentThreads>().LoadAsync(Conversation.CommentSubjects.Of(project), PageNumber, User,
            p => Url.Page("/Projects/Details", new Dictionary<string, object?> { ["id"] = id, [Pager.Parameter] = p })! + "#reacties");
        return Page();
    }
}
