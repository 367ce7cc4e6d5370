using Inclusief.Data;
using Microsoft.AspNetCore.Identity;

namespace Inclusief.Web.Infrastructure.Database;

/// <summary>
/// Generates fictional accounts in bulk for the load benchmark (<c>seed-load-data --users N</c>).
/// One password hash is computed and shared, so generating thousands of rows takes seconds.
/// </summary>
public static class LoadData
{
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] == "seed-load-data";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var index = Array.IndexOf(args, "--users");
        if (index < 0 || index + 1 >= args.Length || !int.TryParse(args[index + 1], out var count) || count is < 1 or > 1_000_000)
        {
            await Console.Error.WriteLineAsync("Usage: seed-load-data --users N (1 to 1000000)");
            return 2;
        }
        await services.MigrateDatabaseAsync();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var hash = new PasswordHasher<AppUser>().HashPassword(new AppUser(), "load-test-password");
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var start = 0; start < count; start += 1000)
        {
            for (var i = start; i < Math.Min(count, start + 1000); i++)
            {
                var name = $"load-{i:D7}";
                db.Users.Add(new AppUser
                {
                    UserName = name,
                    NormalizedUserName = name.ToUpperInvariant(),
                    DisplayName = $"Load {i}",
                    PasswordHash = hash,
                    SecurityStamp = Guid.NewGuid().ToString("N"),
                    CreatedAt = clock.GetUtcNow().UtcDateTime,
                });
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        Console.WriteLine($"Generated {count} fictional accounts.");
        return 0;
    }
}
