using Inclusief.Data;
using Inclusief.Web.Infrastructure.Audit;
using Inclusief.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Conversation.Moderation;

/// <summary>Closing the comments on an item, and opening them again: the buttons under a thread post here.</summary>
[Authorize(Policy = ConversationPermissions.Moderate)]
public sealed class ThreadModel(AppDbContext db, CommentSubjects subjects, PublicPageChanges publicPages, AuditLog audit, UserManager<AppUser> users, TimeProvider clock) : PageModel
{
    [BindProperty]
    public CommentSubjectKind Kind { get; set; }

    [BindProperty]
    public string? Key { get; set; }

    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostCloseAsync()
    {
        if (await subjects.FindAsync(Kind, Key, User) is not { } subject)
        {
            return NotFound();
        }
        if (!await db.Set<ClosedThread>().AnyAsync(t => t.SubjectKind == subject.Kind && t.SubjectKey == subject.Key))
        {
            db.Add(ClosedThread.Close(subject, clock.GetUtcNow().UtcDateTime));
            audit.Record(users.GetUserId(User)!, "comments-closed", subject.Kind.ToString(), subject.Key);
            try
            {
                await db.SaveChangesAsync();
            }
            catch (DbUpdateException)
            {
                // Another coordinator closed it at the same moment: closed it is.
            }
        }
        TempData["Notice"] = "De reacties zijn gesloten.";
        return LocalRedirect($"{subject.Path}#reacties");
    }

    public async Task<IActionResult> OnPostOpenAsync()
    {
        if (await subjects.FindAsync(Kind, Key, User) is not { } subject)
        {
            return NotFound();
        }
        if (await db.Set<ClosedThread>().Where(t => t.SubjectKind == subject.Kind && t.SubjectKey == subject.Key).ExecuteDeleteAsync() > 0)
        {
            audit.Record(users.GetUserId(User)!, "comments-opened", subject.Kind.ToString(), subject.Key);
            await db.SaveChangesAsync();
            await publicPages.ChangedAsync(db, PublicPages.Conversation);
        }
        TempData["Notice"] = "De reacties zijn weer open.";
        return LocalRedirect($"{subject.Path}#reacties");
    }
}
