using Inclusief.Data;
using Inclusief.Web.Infrastructure.Uploads;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Inclusief.Web.Features.Knowledge;

/// <summary>The attachments of an item: checked and stored by the upload store, counted against the writer's daily quota.</summary>
[Authorize]
[RequestSizeLimit(11 * 1024 * 1024)]
public sealed class AttachmentsModel(KnowledgeEditing editing, IAuthorizationService authorization, UploadStore uploads, UploadQuota quota, UserManager<AppUser> users)
    : KnowledgeStepModel(editing, authorization)
{
    public Task<IActionResult> OnPostAddAsync(int id, IFormFile? file) =>
        StepAsync(id, KnowledgePermissions.Change, async item =>
        {
            if (file is null)
            {
                throw new RuleException("Kies een bestand.");
            }
            item.EnsureRoomForAttachment();
            try
            {
                await quota.TakeAsync(users.GetUserId(User)!, file.Length);
                item.Attach(KnowledgeAttachment.From(await uploads.SaveAsync(file, HttpContext.RequestAborted)));
            }
            catch (UploadRejectedException rejected)
            {
                throw new RuleException(rejected.Message);
            }
        }, "De bijlage is toegevoegd.");

    public async Task<IActionResult> OnPostRemoveAsync(int id, Guid attachment)
    {
        KnowledgeAttachment? removed = null;
        var result = await StepAsync(id, KnowledgePermissions.Change, item =>
        {
            removed = item.Detach(attachment);
            return Task.CompletedTask;
        }, "De bijlage is verwijderd.");
        if (removed is not null)
        {
            uploads.Delete(removed.StoredName);
        }
        return result;
    }
}
