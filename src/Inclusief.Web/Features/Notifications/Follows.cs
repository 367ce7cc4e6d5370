using Inclusief.Data;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Notifications;

/// <summary>Starting and stopping to follow; writing an idea or a comment starts it by itself, one click stops it.</summary>
public sealed class Follows(AppDbContext db, TimeProvider clock)
{
    public Task<bool> IsFollowingAsync(string? userId, FollowTarget target, string key) =>
        userId is null ? Task.FromResult(false) : db.Set<Follow>().AnyAsync(f => f.UserId == userId && f.Target == target && f.Key == key);

    /// <summary>Follows in a save of its own, after the caller's: a second click or a race counts once and never fails the caller's work.</summary>
    public async Task StartAsync(string userId, FollowTarget target, string key)
    {
        if (await IsFollowingAsync(userId, target, key))
        {
            return;
        }
        var follow = db.Add(Follow.Start(userId, target, key, clock.GetUtcNow().UtcDateTime));
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            follow.State = EntityState.Detached;
        }
    }

    public Task StopAsync(string userId, FollowTarget target, string key) =>
        db.Set<Follow>().Where(f => f.UserId == userId && f.Target == target && f.Key == key).ExecuteDeleteAsync();
}
