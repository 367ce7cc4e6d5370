using Inclusief.Data;
using Inclusief.Web.Infrastructure.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Notifications;

/// <summary>What someone follows, their notifications and their choices of mail; erasing removes them all.</summary>
public sealed class NotificationsPersonalData(AppDbContext db) : IPersonalData
{
    public string Section => "notifications";

    public async Task<object?> ExportAsync(AppUser user) => new
    {
        Follows = await db.Set<Follow>().AsNoTracking().Where(f => f.UserId == user.Id).OrderBy(f => f.CreatedAt)
            .Select(f => new { Target = f.Target.ToString(), f.Key, f.CreatedAt }).ToListAsync(),
        Settings = await db.Set<NotificationSetting>().AsNoTracking().Where(s => s.UserId == user.Id)
            .Select(s => new { Kind = s.Kind.ToString(), Delivery = s.Delivery.ToString() }).ToListAsync(),
        Notifications = await db.Set<Notification>().AsNoTracking().Where(n => n.UserId == user.Id).OrderBy(n => n.CreatedAt)
            .Select(n => new { Kind = n.Kind.ToString(), n.Title, n.Path, n.CreatedAt, n.ReadAt, n.MailedAt }).ToListAsync(),
    };

    public async Task EraseAsync(AppUser user)
    {
        await db.Set<Notification>().Where(n => n.UserId == user.Id).ExecuteDeleteAsync();
        await db.Set<NotificationSetting>().Where(s => s.UserId == user.Id).ExecuteDeleteAsync();
        await db.Set<DigestDelivery>().Where(d => d.UserId == user.Id).ExecuteDeleteAsync();
        await db.Set<Follow>().Where(f => f.UserId == user.Id).ExecuteDeleteAsync();
    }
}
