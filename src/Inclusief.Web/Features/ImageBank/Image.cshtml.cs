using Inclusief.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Inclusief.Web.Features.ImageBank;

/// <summary>
/// One responsive copy of a shown photo. Browsers revalidate every time (no-cache with an ETag), so a photo
/// whose consent is withdrawn disappears from every page at once instead of living on in caches.
/// </summary>
[AllowAnonymous]
public sealed class ImageModel(AppDbContext db, PhotoFiles files) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, int width)
    {
        var photo = await db.ShownPhotos().AsNoTracking().SingleOrDefaultAsync(p => p.Id == id);
        if (photo is null || files.Open(photo, width) is not { } stream)
        {
            return NotFound();
        }
        Response.Headers.CacheControl = "no-cache";
        return new FileStreamResult(stream, "image/jpeg") { EntityTag = new EntityTagHeaderValue($"\"{photo.FilePrefix}-{width}\"") };
    }
}
