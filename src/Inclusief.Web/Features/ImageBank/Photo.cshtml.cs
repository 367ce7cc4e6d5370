using Inclusief.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.ImageBank;

/// <summary>One photo with everything a journalist needs before using it: credit, licence, terms; the download for media accounts.</summary>
[AllowAnonymous]
public sealed class PhotoModel(AppDbContext db, UserManager<AppUser> users) : PageModel
{
    public Photo Photo { get; private set; } = null!;

    public PhotoView View { get; private set; } = null!;

    public MediaAccountStatus? Media { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var photo = await db.ShownPhotos().AsNoTracking().Include(p => p.Consents).SingleOrDefaultAsync(p => p.Id == id);
        if (photo is null)
        {
            return NotFound();
        }
        Photo = photo;
        View = PhotoView.Of(photo);
        var userId = users.GetUserId(User);
        Media = userId is null ? null : await db.Set<MediaAccount>().AsNoTracking().Where(m => m.UserId == userId).Select(m => (MediaAccountStatus?)m.Status).SingleOrDefaultAsync();
        return Page();
    }
}
