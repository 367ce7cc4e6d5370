using System.ComponentModel.DataAnnotations;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Conversation;

/// <summary>
/// The author's own comment: rewriting it within a quarter of an hour (then it shows "bewerkt"), and deleting it at
/// any time, which leaves a placeholder so the replies still read as a conversation. Anyone else's comment does not
/// exist here.
/// </summary>
[Authorize]
public sealed class EditModel(AppDbContext db, CommentSubjects subjects, CommentThreads threads, UserManager<AppUser> users, TimeProvider clock) : PageModel
{
    public Comment Comment { get; private set; } = null!;

    public CommentSubject? Subject { get; private set; }

    public bool CanEdit { get; private set; }

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    [StringLength(Comment.TextMaxLength)]
    [Display(Name = "Je reactie")]
    public string? Text { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        Text = Comment.Text;
        Version = Comment.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        if (!ModelState.IsValidFor(nameof(Text)))
        {
            return Page();
        }
        try
        {
            RuleException.Unless(Version == Comment.Version, "Deze reactie is intussen veranderd. Bekijk de nieuwe stand en probeer het zo nodig opnieuw.");
            Comment.Edit(users.GetUserId(User)!, Text ?? "", clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        }
        catch (Exception ex) when (ex is RuleException or DbUpdateConcurrencyException)
        {
            RuleRefusal.Show(this, nameof(Text), ex as RuleException
                ?? new RuleException("Deze reactie is intussen veranderd. Bekijk de nieuwe stand en probeer het zo nodig opnieuw."));
            return Page();
        }
        return await BackAsync("Je reactie is aangepast.");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        Comment.Delete(users.GetUserId(User)!, now);
        // Nothing is left to moderate: the reports leave the queue with the words.
        (await db.Set<CommentReport>().Where(r => r.CommentId == Comment.Id && r.ResolvedAt == null).ToListAsync()).ForEach(r => r.Resolve(now));
        await db.SaveChangesAsync();
        return await BackAsync("Je reactie is verwijderd.");
    }

    private async Task<IActionResult> BackAsync(string notice)
    {
        TempData["Notice"] = notice;
        return Subject is null ? RedirectToPage("/Accounts/Index") : LocalRedirect(await threads.AddressOfAsync(Subject, Comment));
    }

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        var comment = await db.Set<Comment>().SingleOrDefaultAsync(c => c.Id == id);
        if (comment is null || comment.AuthorId != users.GetUserId(User) || comment.DeletedAt is not null)
        {
            return NotFound();
        }
        Comment = comment;
        // The author may always take their words back, even from an item they can no longer read; the way back then is their account.
        Subject = await subjects.FindAsync(comment.SubjectKind, comment.SubjectKey, User);
        CanEdit = comment.CanBeEditedBy(comment.AuthorId, clock.GetUtcNow().UtcDateTime);
        return null;
    }
}
