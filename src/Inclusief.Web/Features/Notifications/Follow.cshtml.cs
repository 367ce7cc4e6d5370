using Inclusief.Data;
using Inclusief.Web.Features.Ideas;
using Inclusief.Web.Features.Knowledge;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

using Inclusief.Web.Features.Conversation;

namespace Inclusief.Web.Features.Notifications;

/// <summary>Where every follow button posts: only what the reader may read can be followed; then back to where they were.</summary>
[Authorize]
public sealed class FollowModel(AppDbContext db, CommentSubjects subjects, Follows follows, IAuthorizationService authorization, UserManager<AppUser> users) : PageModel
{
    [BindProperty]
    public FollowTarget Target { get; set; }

    [BindProperty]
    public string? Key { get; set; }

    [BindProperty]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostStartAsync()
    {
        if (!await ExistsForReaderAsync())
        {
            return NotFound();
        }
        await follows.StartAsync(users.GetUserId(User)!, Target, Key ?? "");
        TempData["Notice"] = "Je volgt dit nu. Wat er gebeurt, zie je bij Mijn meldingen.";
        return Back();
    }

    public async Task<IActionResult> OnPostStopAsync()
    {
        await follows.StopAsync(users.GetUserId(User)!, Target, Key ?? "");
        TempData["Notice"] = "Je volgt dit niet meer.";
        return Back();
    }

    private async Task<bool> ExistsForReaderAsync() => Target switch
    {
        FollowTarget.Events => string.IsNullOrEmpty(Key),
        FollowTarget.KnowledgeTheme => !string.IsNullOrEmpty(Key) && Key.Length <= KnowledgeTheme.NameMaxLength && await db.Set<KnowledgeTheme>().AnyAsync(t => t.Name == Key),
        // The submitter follows their own idea even before sharing it.
        FollowTarget.Idea when Guid.TryParse(Key, out var id) && await db.Set<Idea>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == id) is { } idea =>
            (await authorization.AuthorizeAsync(User, idea, IdeaPermissions.ReadShared)).Succeeded,
        _ => FollowTargets.AsSubject(Target) is { } kind && await subjects.FindAsync(kind, Key, User) is not null,
    };

    private IActionResult Back() => Url.IsLocalUrl(ReturnUrl) ? LocalRedirect(ReturnUrl) : RedirectToPage("/Notifications/Index");
}
