using Inclusief.Data;
using Inclusief.Web.Infrastructure.Uploads;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Knowledge;

/// <summary>A file of an item, to whoever may read the item, always as a download.</summary>
[AllowAnonymous]
public sealed class AttachmentModel(AppDbContext db, IAuthorizationService authorization, UploadStore uploads) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var attachment = await db.Set<KnowledgeAttachment>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == id);
        var item = attachment is null ? null : await db.Set<KnowledgeItem>().AsNoTracking().SingleAsync(i => i.Id == attachment.ItemId);
        if (attachment is null || item is null)
        {
            return NotFound();
        }
        if ((await authorization.AuthorizeAsync(User, item, KnowledgePermissions.Read)).Succeeded)
        {
            return File(uploads.Open(attachment.StoredName), attachment.ContentType, attachment.FileName);
        }
        return KnowledgeAccessRule.SignInWouldHelp(item, User) ? Challenge() : NotFound();
    }
}
