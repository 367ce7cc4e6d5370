using System.ComponentModel.DataAnnotations;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Audit;
using Inclusief.Web.Infrastructure.Pages;
using Inclusief.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

using Inclusief.Web.Features.Notifications;

namespace Inclusief.Web.Features.Conversation.Moderation;

/// <summary>
/// One comment for a coordinator: its words (also when hidden), the reports on it (never who made them), and the steps:
/// hide with a reason the author reads, restore, find nothing wrong, warn the author, stop them commenting. Any one
/// coordinator may hide at once; every step is audited.
/// </summary>
[Authorize(Policy = ConversationPermissions.Moderate)]
public sealed class CommentModel(AppDbContext db, CommentSubjects subjects, CommentThreads threads, ConversationMail mail, AuditLog audit,
    UserManager<AppUser> users, TimeProvider clock, PublicAddress site, Notifications.Notifier notifier, NotificationAudience audience) : PageModel
{
    public sealed class SuspendInput
    {
        [Required]
        [StringLength(CommentingSuspension.ReasonMaxLength)]
        [Display(Name = "Reden")]
        public string Reason { get; set; } = "";

        [Display(Name = "Tot en met")]
        public DateOnly? Until { get; set; }
    }

    public Comment Comment { get; private set; } = null!;

    public CommentSubject? Subject { get; private set; }

    public AppUser? Author { get; private set; }

    public IReadOnlyList<CommentReport> Reports { get; private set; } = [];

    public CommentingSuspension? Suspension { get; private set; }

    public int HiddenBefore { get; private set; }

    [BindProperty]
    [StringLength(Comment.HiddenReasonMaxLength)]
    [Display(Name = "Reden")]
    public string? Reason { get; set; }

    [BindProperty]
    [StringLength(2000)]
    [Display(Name = "Waarschuwing")]
    public string? Warning { get; set; }

    [BindProperty]
    public SuspendInput Suspend { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostHideAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        if (string.IsNullOrWhiteSpace(Reason) && ModelState.IsValidFor(nameof(Reason)))
        {
            ModelState.AddModelError(nameof(Reason), "Geef de reden; de schrijver leest die.");
        }
        if (!ModelState.IsValidFor(nameof(Reason)))
        {
            return Page();
        }
        Comment.Hide(Reason!, Now);
        await ResolveReportsAsync();
        audit.Record(users.GetUserId(User)!, "comment-hidden", Comment.SubjectType, id.ToString(), Reason!.Trim());
        if (Author is not null)
        {
            // The subject was found for the coordinator; the author may have left its work group since.
            var authorReads = Subject is not null && (await audience.WhoMayReadAsync(FollowTargets.Of(Subject.Kind), Subject.Key, [Author.Id])).Count == 1;
            mail.Hidden(Author, authorReads ? Subject!.Title : null, Reason.Trim(), await AddressAsync());
            if (Subject is not null)
            {
                // In "Mijn meldingen" too, where the author finds the comment and the reason beside it; the mail went already.
                await notifier.NotifyAsync(new Notifications.Notifier.What(Notifications.NotificationKind.Moderation, FollowTargets.Of(Subject.Kind), Subject.Key, Subject.Title,
                    await threads.AddressOfAsync(Subject, Comment)), [Author.Id], alreadyMailed: true);
            }
        }
        return await DoneAsync("De reactie is verborgen. De schrijver leest waarom.");
    }

    public async Task<IActionResult> OnPostRestoreAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        Comment.Restore();
        await ResolveReportsAsync();
        audit.Record(users.GetUserId(User)!, "comment-restored", Comment.SubjectType, id.ToString());
        return await DoneAsync("De reactie staat er weer.");
    }

    public async Task<IActionResult> OnPostDismissAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        RuleException.Unless(Reports.Any(r => r.ResolvedAt is null), "Er staan geen meldingen open bij deze reactie.");
        await ResolveReportsAsync();
        audit.Record(users.GetUserId(User)!, "comment-reports-dismissed", Comment.SubjectType, id.ToString());
        return await DoneAsync("De meldingen zijn afgehandeld; de reactie blijft staan.");
    }

    public async Task<IActionResult> OnPostWarnAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        if (string.IsNullOrWhiteSpace(Warning) && ModelState.IsValidFor(nameof(Warning)))
        {
            ModelState.AddModelError(nameof(Warning), "Schrijf de waarschuwing; de schrijver leest die.");
        }
        if (!ModelState.IsValidFor(nameof(Warning)))
        {
            return Page();
        }
        RuleException.Unless(Author is not null, "Het account van de schrijver bestaat niet meer.");
        mail.Warned(Author!, Warning!.Trim());
        if (Subject is not null)
        {
            await notifier.NotifyAsync(new Notifications.Notifier.What(Notifications.NotificationKind.Moderation, FollowTargets.Of(Subject.Kind), Subject.Key, Subject.Title,
                await threads.AddressOfAsync(Subject, Comment)), [Author!.Id], alreadyMailed: true);
        }
        audit.Record(users.GetUserId(User)!, "commenter-warned", "account", Author!.Id, Warning.Trim());
        return await DoneAsync("De schrijver krijgt je waarschuwing.");
    }

    public async Task<IActionResult> OnPostSuspendAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        if (!ModelState.IsValidFor(nameof(Suspend)))
        {
            return Page();
        }
        RuleException.Unless(Author is not null, "Het account van de schrijver bestaat niet meer.");
        CommentingSuspension suspension;
        try
        {
            RuleException.Unless(Suspend.Until is null || Suspend.Until < DateOnly.FromDateTime(Now).AddYears(5), "Kies een einddatum binnen vijf jaar, of laat hem leeg.");
            // To the end of the chosen day, in the programme's time.
            DateTime? until = Suspend.Until is { } day ? Infrastructure.Localization.ProgrammeTime.StartOf(day.AddDays(1)) : null;
            var existing = await db.Set<CommentingSuspension>().SingleOrDefaultAsync(s => s.UserId == Author!.Id);
            if (existing is null)
            {
                suspension = CommentingSuspension.Start(Author!.Id, Suspend.Reason, Now, until);
                db.Add(suspension);
            }
            else
            {
                existing.Renew(Suspend.Reason, Now, until);
                suspension = existing;
            }
        }
        catch (RuleException ex)
        {
            RuleRefusal.Show(this, $"{nameof(Suspend)}.{nameof(SuspendInput.Until)}", ex);
            return Page();
        }
        audit.Record(users.GetUserId(User)!, "commenting-suspended", "account", Author!.Id, suspension.Reason);
        mail.Suspended(Author, suspension.Reason, suspension.Until);
        return await DoneAsync("Dit account kan nu niet reageren.");
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Tracked, so they are resolved in the same save as the step: a step refused by a concurrent change resolves nothing.</summary>
    private async Task ResolveReportsAsync()
    {
        var now = Now;
        (await db.Set<CommentReport>().Where(r => r.CommentId == Comment.Id && r.ResolvedAt == null).ToListAsync()).ForEach(r => r.Resolve(now));
    }

    private async Task<IActionResult> DoneAsync(string notice)
    {
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            RuleRefusal.Keep(TempData, new RuleException("Deze reactie is intussen veranderd. Bekijk de nieuwe stand en probeer het zo nodig opnieuw."));
            return RedirectToPage(new { id = Comment.Id });
        }
        TempData["Notice"] = notice;
        return RedirectToPage(new { id = Comment.Id });
    }

    private async Task<string> AddressAsync() =>
        Subject is null ? site.Root : site.Root.TrimEnd('/') + await threads.AddressOfAsync(Subject, Comment);

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        var comment = await db.Set<Comment>().SingleOrDefaultAsync(c => c.Id == id);
        if (comment is null)
        {
            return NotFound();
        }
        Comment = comment;
        Subject = await subjects.FindAsync(comment.SubjectKind, comment.SubjectKey, User);
        Author = comment.AuthorId is null ? null : await users.FindByIdAsync(comment.AuthorId);
        Reports = await db.Set<CommentReport>().AsNoTracking().Where(r => r.CommentId == id).OrderBy(r => r.CreatedAt).ToListAsync();
        Suspension = Author is null ? null : await db.Set<CommentingSuspension>().AsNoTracking().SingleOrDefaultAsync(s => s.UserId == Author.Id);
        HiddenBefore = Author is null ? 0 : await db.Set<Comment>().CountAsync(c => c.AuthorId == Author.Id && c.HiddenAt != null && c.Id != id);
        return null;
    }
}
