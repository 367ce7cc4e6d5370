using System.ComponentModel.DataAnnotations;
using Inclusief.Data;
using Inclusief.Web.Features.Projects;
using Inclusief.Web.Infrastructure.Crypto;
using Inclusief.Web.Infrastructure.Database;
using Inclusief.Web.Infrastructure.Pages;
using Inclusief.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Students;

/// <summary>One assignment: what it asks, for whom, and a student's reaction (signed in, any account).</summary>
[AllowAnonymous]
public sealed class AssignmentModel(AppDbContext db, UserManager<AppUser> users, FieldCipher cipher, IAuthorizationService authorization, StudentMail mail,
    PublicAddress site, TimeProvider clock) : PageModel
{
    public Assignment Assignment { get; private set; } = null!;

    public AssignmentCatalogue.Origin Origin { get; private set; } = null!;

    public string? ProductTitle { get; private set; }

    public AssignmentApplication? Mine { get; private set; }

    public bool MayManage { get; private set; }

    [BindProperty]
    [Required(ErrorMessage = "Schrijf kort wie je bent, wat je studeert en waarom deze opdracht je past.")]
    [StringLength(AssignmentApplication.MotivationMaxLength)]
    [Display(Name = "Waarom deze opdracht?")]
    public string? Motivation { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostApplyAsync(Guid id)
    {
        if (await LoadAsync(id) is { } missing)
        {
            return missing;
        }
        if (users.GetUserId(User) is not { } userId)
        {
            return Challenge();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            Assignment.Apply(userId, cipher.Encrypt(Motivation!.Trim(), AssignmentApplication.MotivationPurpose), clock.GetUtcNow().UtcDateTime);
        }
        catch (RuleException refusal)
        {
            RuleRefusal.Show(this, nameof(Motivation), refusal);
            return Page();
        }
        if (Assignment.SubProjectId is { } project)
        {
            var manage = site.Page(Url, "/Students/Admin/Assignment", null, new { id });
            var leads = await db.Set<WorkGroupMember>().Where(m => m.SubProjectId == project && m.Role == WorkGroupRole.Lead).Select(m => m.UserId).ToListAsync();
            foreach (var lead in await db.Users.Where(u => leads.Contains(u.Id)).ToListAsync())
            {
                mail.Reacted(lead, Assignment, manage);
            }
        }
        try
        {
            // The same form sent twice at once: the other request stored the reaction, which is what was asked.
            await db.SaveOnceAsync(d => d.Set<AssignmentApplication>().AnyAsync(a => a.AssignmentId == id && a.UserId == userId && a.Status == ApplicationStatus.Pending));
        }
        catch (DbUpdateConcurrencyException)
        {
            RuleRefusal.Keep(TempData, Assignment.ChangedMeanwhile());
            return RedirectToPage(new { id });
        }
        TempData["Notice"] = "Dank je. Je reactie is doorgegeven; je hoort wat er met je reactie gebeurt.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id)
    {
        if (await LoadAsync(id) is { } missing)
        {
            return missing;
        }
        if (users.GetUserId(User) is not { } userId)
        {
            return Challenge();
        }
        Assignment.Withdraw(userId, clock.GetUtcNow().UtcDateTime);
        try
        {
            await db.SaveChangesAsync();
            TempData["Notice"] = "Je reactie is ingetrokken.";
        }
        catch (DbUpdateConcurrencyException)
        {
            RuleRefusal.Keep(TempData, Assignment.ChangedMeanwhile());
        }
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        // A cancelled one stays readable for those whose mail points here; the lists leave it out.
        var assignment = await db.Set<Assignment>().Include(a => a.Applications).SingleOrDefaultAsync(a => a.Id == id);
        if (assignment is null)
        {
            return NotFound();
        }
        Assignment = assignment;
        Origin = await db.OriginAsync(assignment);
        var signedIn = users.GetUserId(User);
        Mine = signedIn is null ? null : assignment.ApplicationOf(signedIn);
        MayManage = signedIn is not null && (await authorization.AuthorizeAsync(User, assignment, StudentPermissions.Manage)).Succeeded;
        ProductTitle = (await db.ProductsAsync([assignment.ProductItemId], forMembers: signedIn is not null)).Values.FirstOrDefault();
        return null;
    }
}
