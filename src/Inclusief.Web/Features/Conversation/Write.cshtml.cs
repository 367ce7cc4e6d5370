using System.ComponentModel.DataAnnotations;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Database;
using Inclusief.Web.Features.Notifications;
using Inclusief.Web.Infrastructure.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inclusief.Web.Features.Conversation;

/// <summary>
/// Where every comment and reply form posts. Written, it sends the writer back to the comment on its item's page;
/// refused (empty, too long, too many, suspended, closed), it shows the form here again with the text still in it.
/// </summary>
[Authorize]
public sealed class WriteModel(AppDbContext db, CommentSubjects subjects, CommentThreads threads, Follows follows, Notifier notifier, UserManager<AppUser> users) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public CommentSubjectKind Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Key { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? ParentId { get; set; }

    [BindProperty]
    [StringLength(Comment.TextMaxLength)]
    [Display(Name = "Je reactie")]
    public string? Text { get; set; }

    /// <summary>The new comment's id, chosen when its form was shown: a double click, or the form sent again, finds the first comment.</summary>
    [BindProperty]
    public Guid NewId { get; set; }

    public CommentSubject Subject { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync() => await subjects.FindAsync(Kind, Key, User) is { } subject ? Show(subject) : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await subjects.FindAsync(Kind, Key, User) is not { } subject)
        {
            return NotFound();
        }
        Subject = subject;
        if (string.IsNullOrWhiteSpace(Text) && ModelState.IsValidFor(nameof(Text)))
        {
            ModelState.AddModelError(nameof(Text), "Schrijf je reactie.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Comment comment;
        string address;
        var authorId = users.GetUserId(User)!;
        if (NewId != Guid.Empty && await db.Set<Comment>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == NewId) is { } earlier)
        {
            if (earlier.AuthorId == authorId && earlier.SubjectKind == subject.Kind && earlier.SubjectKey == subject.Key)
            {
                return LocalRedirect(await threads.AddressOfAsync(subject, earlier));
            }
            NewId = Guid.Empty;
        }
        try
        {
            comment = await threads.WriteAsync(subject, ParentId, authorId, Text!, NewId == Guid.Empty ? Guid.NewGuid() : NewId);
            address = await threads.AddressOfAsync(subject, comment);
            await NotifyAsync(subject, comment, authorId, address);
            // The same form's second click got in first: that comment, with its notifications, stands; this one is not written again.
            var id = comment.Id;
            await db.SaveOnceAsync(async d => await d.Set<Comment>().AnyAsync(c => c.Id == id && c.AuthorId == authorId));
        }
        catch (RuleException ex)
        {
            RuleRefusal.Show(this, nameof(Text), ex);
            return Page();
        }
        await follows.StartAsync(authorId, FollowTargets.Of(subject.Kind), subject.Key);
        return LocalRedirect(address);
    }

    /// <summary>The replied-to author hears of a reply; everyone else who follows the item, of a new comment.</summary>
    private async Task NotifyAsync(CommentSubject subject, Comment comment, string authorId, string path)
    {
        var target = FollowTargets.Of(subject.Kind);
        var parentAuthor = comment.ParentId is { } parentId ? await db.Set<Comment>().Where(c => c.Id == parentId).Select(c => c.AuthorId).SingleOrDefaultAsync() : null;
        if (parentAuthor is not null && parentAuthor != authorId)
        {
            await notifier.NotifyAsync(new Notifier.What(NotificationKind.Reply, target, subject.Key, subject.Title, path), [parentAuthor]);
        }
        await notifier.NotifyFollowersAsync(new Notifier.What(NotificationKind.Comment, target, subject.Key, subject.Title, path), authorId, alsoLeaveOut: parentAuthor);
    }

    private PageResult Show(CommentSubject subject)
    {
        Subject = subject;
        NewId = Guid.NewGuid();
        return Page();
    }
}
