using Inclusief.Web.Infrastructure.Security;
using System.ComponentModel.DataAnnotations;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Database;
using Inclusief.Web.Features.Conversation;
using Inclusief.Web.Features.Notifications;
using Inclusief.Web.Features.Projects;
using Inclusief.Web.Infrastructure.Audit;
using Inclusief.Web.Infrastructure.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Ideas;

/// <summary>An idea as its submitter and the coordinators see it: status, questions and answers, decision.</summary>
[Authorize]
public sealed class DetailsModel(AppDbContext db, IAuthorizationService authorization, UserManager<AppUser> users, IdeaMail mail, AuditLog audit, TimeProvider clock,
    PublicAddress site, CommentThreads threads, Notifier notifier) : PageModel
{
    public Idea Idea { get; private set; } = null!;

    /// <summary>The submitter and the coordinators read everything; other members read what a shared idea shows them.</summary>
    public bool ReadsAll { get; private set; }

    public CommentThread? Comments { get; private set; }

    public int Supports { get; private set; }

    public bool Supporting { get; private set; }

    public bool IsCoordinator { get; private set; }

    public bool IsSubmitter { get; private set; }

    public IReadOnlyDictionary<string, string> Authors { get; private set; } = new Dictionary<string, string>();

    public string? SubProjectTitle { get; private set; }

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    [StringLength(Idea.TextMaxLength)]
    [Display(Name = "Bericht")]
    public string? Text { get; set; }

    [BindProperty(Name = Pager.Parameter, SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        Version = Idea.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostSupportAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        if (!Supporting)
        {
            var supporterId = users.GetUserId(User)!;
            db.Add(IdeaSupport.Give(Idea, supporterId, clock.GetUtcNow().UtcDateTime));
            // The same account's support from a second click got in first: it counts once.
            await db.SaveOnceAsync(async d => await d.Set<IdeaSupport>().AnyAsync(s => s.IdeaId == id && s.UserId == supporterId));
        }
        TempData["Notice"] = "Je steunt dit idee. De coördinatoren zien hoeveel mensen het steunen, niet wie.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostWithdrawSupportAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        var userId = users.GetUserId(User);
        await db.Set<IdeaSupport>().Where(s => s.IdeaId == id && s.UserId == userId).ExecuteDeleteAsync();
        TempData["Notice"] = "Je steunt dit idee niet meer.";
        return RedirectToPage(new { id });
    }

    public Task<IActionResult> OnPostShareAsync(Guid id) => ChangeAsync(id, coordinatorOnly: false, withText: false, "idea-shared", now =>
    {
        Idea.Share(users.GetUserId(User)!, now);
        return "Je idee is gedeeld. Andere deelnemers kunnen het nu lezen, erop reageren en het steunen.";
    });

    public Task<IActionResult> OnPostStopSharingAsync(Guid id) => ChangeAsync(id, coordinatorOnly: false, withText: false, "idea-sharing-stopped", now =>
    {
        Idea.StopSharing(now);
        return "Het idee is niet meer gedeeld. Alleen de indiener en de coördinatoren zien het nog.";
    });

    public Task<IActionResult> OnPostAnswerAsync(Guid id) => ChangeAsync(id, coordinatorOnly: false, "idea-answered", now =>
    {
        Idea.Answer(users.GetUserId(User)!, Text ?? "", now);
        return "Dank je. Je antwoord is doorgegeven aan de coördinator.";
    });

    public Task<IActionResult> OnPostStartReviewAsync(Guid id) => ChangeAsync(id, coordinatorOnly: true, withText: false, "idea-review-started", now =>
    {
        Idea.StartReview(now);
        return "Het idee is in behandeling.";
    });

    public Task<IActionResult> OnPostAskAsync(Guid id) => ChangeAsync(id, coordinatorOnly: true, "idea-question-asked", now =>
    {
        Idea.AskQuestion(users.GetUserId(User)!, Text ?? "", now);
        return "Je vraag is verstuurd.";
    });

    public Task<IActionResult> OnPostAcceptAsync(Guid id) => ChangeAsync(id, coordinatorOnly: true, "idea-accepted", now =>
    {
        var project = SubProject.FromIdea(Idea.Id, Idea.Title, Idea.Description, Idea.MunicipalityCode, users.GetUserId(User)!, now);
        db.Set<SubProject>().Add(project);
        Idea.Accept(project.Id, Text ?? "", now);
        return "Het idee is aangenomen en er is een deelproject voor gemaakt.";
    });

    public Task<IActionResult> OnPostParkAsync(Guid id) => ChangeAsync(id, coordinatorOnly: true, "idea-parked", now =>
    {
        Idea.Park(Text ?? "", now);
        return "Het idee is geparkeerd.";
    });

    public Task<IActionResult> OnPostDeclineAsync(Guid id) => ChangeAsync(id, coordinatorOnly: true, "idea-declined", now =>
    {
        Idea.Decline(Text ?? "", now);
        return "Het idee is afgewezen.";
    });

    public Task<IActionResult> OnPostReopenAsync(Guid id) => ChangeAsync(id, coordinatorOnly: true, withText: false, "idea-reopened", now =>
    {
        Idea.Reopen(now);
        return "Het idee wordt weer bekeken.";
    });

    /// <summary>
    /// Applies one step. The version posted with the form must still be current, so a decision taken on an
    /// idea that changed meanwhile (a new answer, another coordinator's decision) is refused, not lost.
    /// </summary>
    // Starting a review and reopening have no text field; every other step's form has one.
    private Task<IActionResult> ChangeAsync(Guid id, bool coordinatorOnly, string action, Func<DateTime, string> change) =>
        ChangeAsync(id, coordinatorOnly, withText: true, action, change);

    private async Task<IActionResult> ChangeAsync(Guid id, bool coordinatorOnly, bool withText, string action, Func<DateTime, string> change)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        if ((coordinatorOnly && !IsCoordinator) || !ReadsAll)
        {
            return Forbid();
        }
        if (withText && !ModelState.IsValidFor(nameof(Text)))
        {
            return Page();
        }
        if (Version != Idea.Version)
        {
            RuleRefusal.Keep(TempData, new RuleException("Dit idee is intussen gewijzigd. Bekijk de nieuwe stand en probeer het zo nodig opnieuw."));
            return RedirectToPage(new { id });
        }
        var statusBefore = Idea.Status;
        try
        {
            TempData["Notice"] = change(clock.GetUtcNow().UtcDateTime);
        }
        catch (RuleException ex)
        {
            RuleRefusal.Show(this, nameof(Text), ex);
            return Page();
        }
        if (IsCoordinator && !IsSubmitter)
        {
            audit.Record(users.GetUserId(User)!, action, Idea.SubjectType, id.ToString());
        }
        var mailed = false;
        if (Idea.Status != statusBefore && await users.FindByIdAsync(Idea.SubmitterId) is { } submitter && !IsSubmitter)
        {
            var url = site.Page(Url, "/Ideas/Details", null, new { id });
            if (Idea.Status == IdeaStatus.MoreInformationNeeded)
            {
                mail.QuestionAsked(submitter, Idea, url);
                mailed = true;
            }
            else if (Idea.Status is IdeaStatus.Accepted or IdeaStatus.Parked or IdeaStatus.Declined)
            {
                mail.Decided(submitter, Idea, url);
                mailed = true;
            }
        }
        if (Idea.Status != statusBefore)
        {
            await NotifyStatusAsync(mailed);
        }
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            RuleRefusal.Keep(TempData, new RuleException("Dit idee is intussen gewijzigd. Bekijk de nieuwe stand en probeer het zo nodig opnieuw."));
        }
        return RedirectToPage(new { id });
    }

    /// <summary>Followers hear of a new status; the submitter too, in "Mijn meldingen" only when the idea's own mail told them.</summary>
    private async Task NotifyStatusAsync(bool submitterMailed)
    {
        var actorId = users.GetUserId(User);
        var key = CommentSubjects.KeyOf(Idea.Id);
        var what = new Notifier.What(NotificationKind.IdeaStatus, FollowTarget.Idea, key, Idea.Title, $"/Ideas/Details/{Idea.Id}");
        await notifier.NotifyFollowersAsync(what, actorId, alsoLeaveOut: Idea.SubmitterId);
        if (!IsSubmitter)
        {
            await notifier.NotifyAsync(what, [Idea.SubmitterId], alreadyMailed: submitterMailed);
        }
    }

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        var idea = await db.Set<Idea>().Include(i => i.Messages).Include(i => i.Attachments).SingleOrDefaultAsync(i => i.Id == id);
        if (idea is null)
        {
            return NotFound();
        }
        if (!(await authorization.AuthorizeAsync(User, idea, IdeaPermissions.ReadShared)).Succeeded)
        {
            // Someone else's idea looks like one that does not exist.
            return NotFound();
        }
        Idea = idea;
        ReadsAll = (await authorization.AuthorizeAsync(User, idea, IdeaPermissions.Read)).Succeeded;
        IsSubmitter = idea.SubmitterId == users.GetUserId(User);
        IsCoordinator = (await authorization.AuthorizeAsync(User, IdeaPermissions.Triage)).Succeeded;
        var authorIds = ReadsAll ? idea.Messages.Select(m => m.AuthorId).Append(idea.SubmitterId).Distinct().ToList() : [idea.SubmitterId];
        Authors = await db.Users.Where(u => authorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        // Loaded with the idea, so that a refused form shows the page with its conversation.
        if (CommentSubjects.TakesComments(idea))
        {
            Comments = await threads.LoadAsync(CommentSubjects.Of(idea), PageNumber, User,
                p => Url.Page("/Ideas/Details", new Dictionary<string, object?> { ["id"] = id, [Pager.Parameter] = p })! + "#reacties");
        }
        var userId = users.GetUserId(User);
        Supports = await db.Set<IdeaSupport>().CountAsync(s => s.IdeaId == id);
        Supporting = await db.Set<IdeaSupport>().AnyAsync(s => s.IdeaId == id && s.UserId == userId);
        // A shared idea's readers see its sub-project only where they may read that sub-project.
        SubProjectTitle = idea.SubProjectId is { } projectId
            && await db.Set<SubProject>().AsNoTracking().Include(p => p.Members).SingleOrDefaultAsync(p => p.Id == projectId) is { } project
            && (await authorization.AuthorizeAsync(User, project, ProjectPermissions.Read)).Succeeded
            ? project.Title
            : null;
        return null;
    }
}
