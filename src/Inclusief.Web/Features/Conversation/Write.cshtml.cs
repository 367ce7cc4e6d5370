using System.ComponentModel.DataAnnotations;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Pages;
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
public sealed class WriteModel(AppDbContext db, CommentSubjects subjects, CommentThreads threads, UserManager<AppUser> users) : PageModel
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
        try
        {
            comment = await threads.WriteAsync(subject, ParentId, users.GetUserId(User)!, Text!);
            await db.SaveChangesAsync();
        }
        catch (RuleException ex)
        {
            RuleRefusal.Show(this, nameof(Text), ex);
            return Page();
        }
        return LocalRedirect(await threads.AddressOfAsync(subject, comment));
    }

    private PageResult Show(CommentSubject subject)
    {
        Subject = subject;
        return Page();
    }
}
