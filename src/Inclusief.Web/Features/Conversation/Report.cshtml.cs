using System.ComponentModel.DataAnnotations;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Database;
using Inclusief.Web.Infrastructure.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Conversation;

/// <summary>
/// Reporting someone else's comment to the coordinators, with a reason from the list and a note if needed. A reader
/// reports a comment once; a second report changes nothing and says so. The author never learns who reported.
/// </summary>
[Authorize]
public sealed class ReportModel(AppDbContext db, CommentSubjects subjects, CommentThreads threads, UserManager<AppUser> users, TimeProvider clock) : PageModel
{
    public Comment Comment { get; private set; } = null!;

    public CommentSubject Subject { get; private set; } = null!;

    public string? Author { get; private set; }

    [BindProperty]
    [Display(Name = "Reden")]
    public CommentReportReason? Reason { get; set; }

    [BindProperty]
    [StringLength(CommentReport.NoteMaxLength)]
    [Display(Name = "Toelichting")]
    public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        if (Reason is null)
        {
            ModelState.AddModelError(nameof(Reason), "Kies een reden.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var reporterId = users.GetUserId(User)!;
        if (await db.Set<CommentReport>().AnyAsync(r => r.CommentId == id && r.ReporterId == reporterId))
        {
            TempData["Notice"] = "Je had deze reactie al gemeld. Een coördinator bekijkt het.";
            return LocalRedirect(await threads.AddressOfAsync(Subject, Comment));
        }
        try
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var since = now - CommentReport.Window;
            RuleException.Unless(await db.Set<CommentReport>().CountAsync(r => r.ReporterId == reporterId && r.CreatedAt > since) < CommentReport.PerWindow,
                "Je hebt vandaag al {0} reacties gemeld. De coördinatoren bekijken ze; meld morgen weer. Is iemand in gevaar, bel dan 112.", CommentReport.PerWindow);
            db.Add(CommentReport.File(Comment, reporterId, Reason!.Value, Note, now));
            // The same reader's report from a second click got in first: it counts once.
            await db.SaveOnceAsync(async d => await d.Set<CommentReport>().AnyAsync(r => r.CommentId == id && r.ReporterId == reporterId));
        }
        catch (RuleException ex)
        {
            RuleRefusal.Show(this, nameof(Note), ex);
            return Page();
        }
        TempData["Notice"] = "Dank je. Een coördinator bekijkt de reactie. De schrijver hoort niet wie hem heeft gemeld.";
        return LocalRedirect(await threads.AddressOfAsync(Subject, Comment));
    }

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        var comment = await db.Set<Comment>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id);
        if (comment is null || comment.IsGone || comment.AuthorId == users.GetUserId(User)
            || await subjects.FindAsync(comment.SubjectKind, comment.SubjectKey, User) is not { } subject)
        {
            return NotFound();
        }
        Comment = comment;
        Subject = subject;
        Author = comment.AuthorId is null ? null : await db.Users.Where(u => u.Id == comment.AuthorId).Select(u => u.DisplayName).SingleOrDefaultAsync();
        return null;
    }
}
