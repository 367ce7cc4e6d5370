using Inclusief.Data;
using Inclusief.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.ImageBank;

/// <summary>The download copy, for approved media accounts only, for photos everyone shown agreed to give to the media. Counted and audited.</summary>
[Authorize]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class DownloadModel(AppDbContext db, PhotoFiles files, AuditLog audit, UserManager<AppUser> users, IAuthorizationService authorization) : PageModel
{
    public IActionResult OnGet(Guid id) => RedirectToPage("Photo", new { id });

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var userId = users.GetUserId(User)!;
        var photo = await db.ShownPhotos().Include(p => p.Consents).SingleOrDefaultAsync(p => p.Id == id);
        if (photo is null)
        {
            return NotFound();
        }
        if (!(await authorization.AuthorizeAsync(User, photo, ImageBankPermissions.Download)).Succeeded || files.OpenDownload(photo) is not { } stream)
        {
            return Forbid();
        }
        photo.CountDownload();
        audit.Record(userId, "photo-downloaded", "photo", photo.Id.ToString());
        await db.SaveChangesAsync();
        var name = string.Concat(photo.Title.Select(c => char.IsLetterOrDigit(c) ? c : '-')).Trim('-');
        return File(stream, "image/jpeg", (name.Length == 0 ? "foto" : name) + ".jpg");
    }
}
