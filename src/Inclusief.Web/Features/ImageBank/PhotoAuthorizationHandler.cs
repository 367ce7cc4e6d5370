using System.Security.Claims;
using Inclusief.Data;
using Inclusief.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.ImageBank;

/// <summary>Per-photo access beyond what anyone sees (<see cref="PhotoCatalogue"/>): the download copy only for an approved media account, and only when everyone on it agreed to media use.</summary>
public sealed class PhotoAuthorizationHandler(AppDbContext db) : ResourceHandler<Photo>
{
    protected override async ValueTask<bool> AllowsAsync(ClaimsPrincipal user, string operation, Photo photo) => operation switch
    {
        nameof(ImageBankPermissions.Download) => photo.AllowsMediaUse && UserId(user) is { } userId
            && await db.Set<MediaAccount>().AnyAsync(m => m.UserId == userId && m.Status == MediaAccountStatus.Approved),
        _ => false,
    };
}
