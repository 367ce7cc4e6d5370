using Inclusief.Data;
using Inclusief.Web.Infrastructure.Uploads;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Ideas;

/// <summary>Hands out a file of an idea to its submitter or a coordinator, always as a download.</summary>
[Authorize]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class AttachmentModel(AppDbContext db, IAuthorizationService authorization, UploadStore uploads) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var attachment = await db.Set<IdeaAttachment>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == id);
        var idea = attachment is null ? null : await db.Set<Idea>().AsNoTracking().SingleAsync(i => i.Id == attachment.IdeaId);
        if (attachment is null || idea is null || !(await authorization.AuthorizeAsync(User, idea, IdeaPermissions.Read)).Succeeded)
        {
            return NotFound();
        }
        return File(uploads.Open(attachment.StoredName), attachment.ContentType, attachment.FileName);
    }
}
