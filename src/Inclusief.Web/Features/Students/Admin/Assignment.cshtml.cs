using System.ComponentModel.DataAnnotations;
using Inclusief.Data;
using Inclusief.Web.Features.Knowledge;
using Inclusief.Web.Infrastructure.Audit;
using Inclusief.Web.Infrastructure.Crypto;
using Inclusief.Web.Infrastructure.Pages;
using Inclusief.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Students.Admin;

/// <summary>
/// Deciding on the students who reacted, then completing the assignment with its product (or letting it lapse):
/// a coordinator, or the lead of the sub-project that offers it. Every decision is audited and mailed to the student.
/// </summary>
[Authorize]
public sealed class AssignmentModel(AppDbContext db, IAuthorizationService authorization, UserManager<AppUser> users, FieldCipher cipher, StudentMail mail,
    AuditLog audit, TimeProvider clock, PublicAddress site) : PageModel
{
    public sealed record Reaction(Guid Id, string Name, string Motivation, ApplicationStatus Status, DateTime At);

    public Assignment Assignment { get; private set; } = null!;

    public IReadOnlyList<Reaction> Reactions { get; private set; } = [];

    public string? ProductTitle { get; private set; }

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    [Display(Name = "Nummer van het kennisitem")]
    public int? ProductItemId { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        Version = Assignment.Version;
        return Page();
    }

    public Task<IActionResult> OnPostAcceptAsync(Guid id, Guid application) => DecideAsync(id, application, ApplicationStatus.Accepted);

    public Task<IActionResult> OnPostDeclineAsync(Guid id, Guid application) => DecideAsync(id, application, ApplicationStatus.Declined);

    public async Task<IActionResult> OnPostCompleteAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        if (ProductItemId is not { } item || !await db.PublishedItems(forMembers: true).AnyAsync(i => i.Id == item))
        {
            ModelState.AddModelError(nameof(ProductItemId), "Kies een gepubliceerd item uit de kennisbank: zijn nummer staat in het adres (/Knowledge/Item/…).");
            return Page();
        }
        var declined = Pending();
        return await ChangeAsync(id, "assignment-completed", () => Assignment.Complete(item, clock.GetUtcNow().UtcDateTime), "De opdracht is afgerond met zijn product.", declined);
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        var declined = Pending();
        return await ChangeAsync(id, "assignment-cancelled", () => Assignment.Cancel(clock.GetUtcNow().UtcDateTime), "De opdracht is vervallen; wie nog wachtte, hoort dat.", declined);
    }

    private async Task<IActionResult> DecideAsync(Guid id, Guid application, ApplicationStatus decision)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        return await ChangeAsync(id, decision == ApplicationStatus.Accepted ? "assignment-application-accepted" : "assignment-application-declined",
            () =>
            {
                if (decision == ApplicationStatus.Accepted)
                {
                    Assignment.Accept(application, now);
                }
                else
                {
                    Assignment.Decline(application, now);
                }
            },
            decision == ApplicationStatus.Accepted ? "De student is aangenomen en krijgt bericht." : "De student krijgt bericht dat iemand anders is gekozen.",
            [.. Assignment.Applications.Where(a => a.Id == application)]);
    }

    private List<AssignmentApplication> Pending() => [.. Assignment.Applications.Where(a => a.Status == ApplicationStatus.Pending)];

    /// <summary>
    /// One step, on the version the form showed: a decision on an assignment that changed meanwhile (another
    /// decision on the last place) is refused, not lost. The students whose reaction the step decided hear of it.
    /// </summary>
    private async Task<IActionResult> ChangeAsync(Guid id, string action, Action change, string notice, IReadOnlyList<AssignmentApplication> decided)
    {
        if (Version != Assignment.Version)
        {
            RuleRefusal.Keep(TempData, Assignment.ChangedMeanwhile());
            return RedirectToPage(new { id });
        }
        change();
        audit.Record(users.GetUserId(User)!, action, Assignment.SubjectType, id.ToString());
        // Queued in the same save as the decision: the student hears of every decision taken, and of none that was not.
        var url = site.Page(Url, "/Students/Assignment", null, new { id });
        foreach (var application in decided.Where(a => a.Status is ApplicationStatus.Accepted or ApplicationStatus.Declined))
        {
            if (await users.FindByIdAsync(application.UserId) is { } student)
            {
                mail.Decided(student, Assignment, application.Status, url);
            }
        }
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            RuleRefusal.Keep(TempData, Assignment.ChangedMeanwhile());
            return RedirectToPage(new { id });
        }
        TempData["Notice"] = notice;
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        var assignment = await db.Set<Assignment>().Include(a => a.Applications).SingleOrDefaultAsync(a => a.Id == id);
        if (assignment is null)
        {
            return NotFound();
        }
        if (!(await authorization.AuthorizeAsync(User, assignment, StudentPermissions.Manage)).Succeeded)
        {
            return Forbid();
        }
        Assignment = assignment;
        var ids = assignment.Applications.Select(a => a.UserId).ToList();
        var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        Reactions = [.. assignment.Applications.Where(a => a.Status != ApplicationStatus.Withdrawn).OrderBy(a => a.CreatedAt)
            .Select(a => new Reaction(a.Id, names.GetValueOrDefault(a.UserId) ?? "–", cipher.Decrypt(a.EncryptedMotivation, AssignmentApplication.MotivationPurpose), a.Status, a.CreatedAt))];
        ProductTitle = assignment.ProductItemId is { } item ? await db.PublishedItems(forMembers: true).Where(i => i.Id == item).Select(i => i.Title).SingleOrDefaultAsync() : null;
        return null;
    }
}
