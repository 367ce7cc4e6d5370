using Inclusief.Data;
using Inclusief.Web.Infrastructure.Audit;
using Inclusief.Web.Infrastructure.Uploads;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inclusief.Web.Features.ImageBank.Admin;

/// <summary>
/// Adding a photo: the file (re-encoded at once, so its metadata never reaches the disk), its description and
/// alt text, credit, licence and terms, and the consent of whoever is recognisable, or the statement that nobody is.
/// </summary>
[Authorize(Policy = ImageBankPermissions.Manage)]
[RequestSizeLimit(11 * 1024 * 1024)]
public sealed class UploadModel(AppDbContext db, PhotoFiles files, UploadQuota quota, AuditLog audit, UserManager<AppUser> users, TimeProvider clock) : PageModel
{
    [BindProperty]
    public PhotoInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file)
    {
        if (!Input.HasFirstConsent)
        {
            ModelState.AddModelError("Input.ConsentPerson", "Leg vast wie herkenbaar op de foto staat en wanneer die toestemming gaf, of geef aan dat niemand herkenbaar is.");
        }
        if (file is null)
        {
            ModelState.AddModelError("file", "Kies een foto.");
        }
        if (!ModelState.IsValid || file is null)
        {
            return Page();
        }
        PhotoFiles.Stored stored;
        try
        {
            await quota.TakeAsync(users.GetUserId(User)!, file.Length);
            stored = await files.SaveAsync(file, HttpContext.RequestAborted);
        }
        catch (UploadRejectedException rejected)
        {
            ModelState.AddModelError("file", rejected.Message);
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var userId = users.GetUserId(User)!;
        var photo = Photo.Add(Input.ToDescription(), stored.Width, stored.Height, stored.Prefix, stored.Widths, userId, now);
        if (!Input.NoRecognisablePeople)
        {
            photo.RecordConsent(Input.ConsentPerson!, Input.ConsentGivenOn!.Value, Input.ConsentScope, Input.ConsentReference, now);
        }
        db.Add(photo);
        audit.Record(userId, "photo-added", "photo", photo.Id.ToString());
        await db.SaveChangesAsync();
        TempData["Notice"] = "De foto staat in de beeldbank.";
        return RedirectToPage("Photo", new { id = photo.Id });
    }
}
