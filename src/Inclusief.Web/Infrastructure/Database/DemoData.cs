using Inclusief.Data;
using Inclusief.Web.Features.Admin;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Infrastructure.Database;

/// <summary>Clearly fictional data for a first start in Development, so a newcomer sees a working site.</summary>
public static class DemoData
{
    public const string AdminEmail = "admin@inclusief.example";

    public static async Task SeedDemoDataAsync(this IServiceProvider services, IHostEnvironment environment, IConfiguration configuration)
    {
        if (!environment.IsDevelopment() || !configuration.GetValue("DemoData:Enabled", true))
        {
            return;
        }
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (await db.Users.AnyAsync())
        {
            return;
        }
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        foreach (var (userName, displayName) in new[] { ("demo-roos", "Roos (demo)"), ("demo-sam", "Sam (demo)") })
        {
            await users.CreateAsync(new AppUser { UserName = userName, DisplayName = displayName, CreatedAt = clock.GetUtcNow().UtcDateTime }, "demo-wachtwoord");
        }
        var admin = await scope.ServiceProvider.GetRequiredService<UserAdministration>().CreateAdminAsync(AdminEmail, UserAdministration.CommandLineActor);
        Console.WriteLine($"""

            Demo data loaded (all fictional).
              Admin:        {AdminEmail}  password: {admin.Password}
              Participants: demo-roos / demo-sam  password: demo-wachtwoord
            Sign in at /Accounts/SignIn. Admin pages ask you to set up two-factor authentication first
            (any authenticator app, e.g. the one on your phone).

            """);
    }
}
