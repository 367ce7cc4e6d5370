using Inclusief.Data;
using Inclusief.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.ImageBank.Admin;

/// <summary>One photo's description and consents. Withdrawing a consent (or the photo) deletes its files at once.</summary>
[Authorize(Policy = ImageBankPermissions.Manage)]
public sealed class PhotoModel(AppDbContext db, PhotoFiles files, AuditLog audit, UserManager<AppUser> users, TimeProvider clock) : PageModel
{
    [BindProperty]
    public PhotoInput Input { get; set; } = new();

    public Photo Photo { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Input = PhotoInput.From(Photo);
        return Page();
    }

    public async Task<IActionResult> OnPostDescribeAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        return await StepAsync(id, photo => photo.Describe(Input.ToDescription()), "photo-described", "De beschrijving is opgeslagen.");
    }

    public async Task<IActionResult> OnPostConsentAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        return await StepAsync(id, photo => photo.RecordConsent(Input.ConsentPerson, Input.ConsentGivenOn, Input.ConsentScope, Input.ConsentReference, clock.GetUtcNow().UtcDateTime),
            "photo-consent-recorded", "De toestemming is vastgelegd.");
    }

    public Task<IActionResult> OnPostWithdrawConsentAsync(Guid id, Guid consent) =>
        StepAsync(id, photo => photo.WithdrawConsent(consent, clock.GetUtcNow().UtcDateTime), "photo-consent-withdrawn",
            "De toestemming is ingetrokken. De foto is overal verwijderd.");

    public Task<IActionResult> OnPostWithdrawAsync(Guid id) =>
        StepAsync(id, photo => photo.Withdraw(clock.GetUtcNow().UtcDateTime), "photo-withdrawn", "De foto is overal verwijderd.");

    private async Task<IActionResult> StepAsync(Guid id, Action<Photo> step, string action, string notice)
    {
        var photo = await db.Set<Photo>().Include(p => p.Consents).SingleOrDefaultAsync(p => p.Id == id);
        if (photo is null)
        {
            return NotFound();
        }
        step(photo);
        audit.Record(users.GetUserId(User)!, action, "photo", photo.Id.ToString());
        await db.SaveChangesAsync();
        if (!photo.IsShown)
        {
            files.Delete(photo.FilePrefix);
        }
        TempData["Notice"] = notice;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var photo = await db.Set<Photo>().AsNoTracking().Include(p => p.Consents).SingleOrDefaultAsync(p => p.Id == id);
        if (photo is null)
        {
            return false;
        }
        Photo = photo;
        return true;
    }
}
