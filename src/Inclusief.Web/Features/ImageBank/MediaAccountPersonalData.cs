using Inclusief.Data;
using Inclusief.Web.Infrastructure.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.ImageBank;

/// <summary>A media account request is personal data of the journalist: exported and removed with the account.</summary>
public sealed class MediaAccountPersonalData(AppDbContext db) : IPersonalData
{
    public string Section => "imageBank";

    public async Task<object?> ExportAsync(AppUser user) =>
        await db.Set<MediaAccount>().AsNoTracking().Where(m => m.UserId == user.Id)
            .Select(m => new { m.Outlet, m.Purpose, Status = m.Status.ToString(), m.RequestedAt, m.DecidedAt }).SingleOrDefaultAsync();

    public async Task EraseAsync(AppUser user) => await db.Set<MediaAccount>().Where(m => m.UserId == user.Id).ExecuteDeleteAsync();
}
