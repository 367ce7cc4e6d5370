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
    /// <summary>A student's reaction as the managers read it; the address only once the student is accepted, to reach them.</summary>
    public sealed record Reaction(Guid Id, string Name, string? Motivation, ApplicationStatus Status, DateTime At, string? Email);

    public Assignment Assignment { get; private set; } = null!;

    public IReadOnlyList<Reaction> Reactions { get; private set; } = [];

    public string? ProductTitle { get; private set; }

    /// <summary>The assignment's <see cref="Students.Assignment.Decisions"/> as the page showed them.</summary>
    [BindProperty]
    public int Decisions { get; set; }

    [BindProperty]
    [Display(Name = "Nummer van het kennisitem")]
    public int? ProductItemId { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        Decisions = Assignment.Decisions;
        return Page();
    }

    public Task<IActionResult> OnPostAcceptAsync(Guid id, Guid application) =>
        ChangeAsync(id, "assignment-application-accepted", now => Assignment.Accept(application, now), "De student is aangenomen en krijgt bericht.");

    public Task<IActionResult> OnPostDeclineAsync(Guid id, Guid application) =>
        ChangeAsync(id, "assignment-application-declined", now => Assignment.Decline(application, now), "De student krijgt bericht dat iemand anders is gekozen.");

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
        return await ChangeAsync(id, "assignment-completed", now => Assignment.Complete(item, now), "De opdracht is afgerond met zijn product.", loaded: true);
    }

    public Task<IActionResult> OnPostCancelAsync(Guid id) =>
        ChangeAsync(id, "assignment-cancelled", now => Assignment.Cancel(now), "De opdracht is vervallen; de studenten die reageerden krijgen bericht.");

    /// <summary>
    /// One decision, on the page it was taken on: a decision on a page another decision made stale is refused, not
    /// lost. Every student whose reaction the step decided hears of it (accepting the last place declines those still
    /// waiting; cancelling reaches the accepted ones too), in the same save as the decision.
    /// </summary>
    private async Task<IActionResult> ChangeAsync(Guid id, string action, Action<DateTime> change, string notice, bool loaded = false)
    {
        if (!loaded && await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        if (Decisions != Assignment.Decisions)
        {
            RuleRefusal.Keep(TempData, Students.Assignment.ChangedMeanwhile());
            return RedirectToPage(new { id });
        }
        var before = Assignment.Applications.ToDictionary(a => a.Id, a => a.Status);
        change(clock.GetUtcNow().UtcDateTime);
        audit.Record(users.GetUserId(User)!, action, Students.Assignment.SubjectType, id.ToString());
        var url = site.Page(Url, "/Students/Assignment", null, new { id });
        var told = Assignment.Applications.Where(a => a.Status != before[a.Id] || (Assignment.Status == AssignmentStatus.Cancelled && a.Status == ApplicationStatus.Accepted)).ToList();
        foreach (var application in told)
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
            RuleRefusal.Keep(TempData, Students.Assignment.ChangedMeanwhile());
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
        var people = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => new { u.DisplayName, u.Email });
        Reactions = [.. assignment.Applications.Where(a => a.Status != ApplicationStatus.Withdrawn).OrderBy(a => a.CreatedAt)
            .Select(a => new Reaction(a.Id, people.GetValueOrDefault(a.UserId)?.DisplayName ?? "–",
                a.HasMotivation ? cipher.Decrypt(a.EncryptedMotivation, AssignmentApplication.MotivationPurpose) : null, a.Status, a.CreatedAt,
                a.Status == ApplicationStatus.Accepted ? people.GetValueOrDefault(a.UserId)?.Email : null))];
        ProductTitle = assignment.ProductItemId is { } item ? await db.PublishedItems(forMembers: true).Where(i => i.Id == item).Select(i => i.Title).SingleOrDefaultAsync() : null;
        return null;
    }
}
