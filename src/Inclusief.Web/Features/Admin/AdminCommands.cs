using Inclusief.Web.Infrastructure.Database;

namespace Inclusief.Web.Features.Admin;

/// <summary>Command-line tasks run instead of the web server: <c>create-admin --email ADDRESS</c>.</summary>
public static class AdminCommands
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var emailIndex = Array.IndexOf(args, "--email");
        var email = emailIndex >= 0 && emailIndex + 1 < args.Length ? args[emailIndex + 1] : null;
        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@', StringComparison.Ordinal))
        {
            await Console.Error.WriteLineAsync("Usage: dotnet run --project src/Inclusief.Web -- create-admin --email ADDRESS");
            return 2;
        }
        await services.MigrateDatabaseAsync();
        await using var scope = services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<UserAdministration>().CreateAdminAsync(email, UserAdministration.CommandLineActor);
        Console.WriteLine(created.Password is null
            ? $"The existing account {email} now has the Admin role. Sign in with its own password."
            : $"Admin account created.\n  User name: {email}\n  Password:  {created.Password}\n" +
              "Sign in at /Accounts/SignIn; you will be asked to set up two-factor authentication before any admin page opens.");
        return 0;
    }
}
