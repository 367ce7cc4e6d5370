using System.Globalization;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Notifications;

/// <summary>Starting and stopping to follow; writing an idea or a comment starts it by itself, one click stops it.</summary>
public sealed class Follows(AppDbContext db, TimeProvider clock)
{
    public Task<bool> IsFollowingAsync(string? userId, FollowTarget target, string key)
    {
        var canonical = KeyOf(key);
        return userId is null ? Task.FromResult(false) : db.Set<Follow>().AnyAsync(f => f.UserId == userId && f.Target == target && f.Key == canonical);
    }

    /// <summary>Follows in a save of its own, after the caller's: a second click or a race counts once and never fails the caller's work.</summary>
    public async Task StartAsync(string userId, FollowTarget target, string key)
    {
        if (await IsFollowingAsync(userId, target, key))
        {
            return;
        }
        db.Add(Follow.Start(userId, target, KeyOf(key), clock.GetUtcNow().UtcDateTime));
        await db.SaveOnceAsync(async d => await IsFollowingAsync(userId, target, key));
    }

    public Task StopAsync(string userId, FollowTarget target, string key)
    {
        var canonical = KeyOf(key);
        return db.Set<Follow>().Where(f => f.UserId == userId && f.Target == target && f.Key == canonical).ExecuteDeleteAsync();
    }

    /// <summary>
    /// One spelling per item, as notifications name it: an id typed in capitals, without hyphens or with leading zeros
    /// is the same item, not a follow that never hears anything and cannot be stopped.
    /// </summary>
    public static string KeyOf(string key) =>
        Guid.TryParse(key, out var id) ? id.ToString("D")
        : int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number.ToString(CultureInfo.InvariantCulture)
        : key;
}
