using System.Text.RegularExpressions;
using Inclusief.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace Inclusief.Tests.Support;

/// <summary>Creates accounts and signs them in through the real pages.</summary>
public static partial class People
{
    public const string Password = "een lange zin als wachtwoord";

    public static async Task<AppUser> CreateAsync(this AppFactory app, string? role = null, bool withTwoFactor = false, string? email = null, bool emailConfirmed = false)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        var name = $"user-{Guid.NewGuid():N}"[..20];
        var user = new AppUser { UserName = name, DisplayName = $"Test {name[5..11]}", Email = email, EmailConfirmed = emailConfirmed };
        Ensure(await users.CreateAsync(user, Password));
        if (role is not null)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
            Ensure(await users.AddToRoleAsync(user, role));
        }
        if (withTwoFactor)
        {
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
        }
        return user;
    }

    public static async Task<string> AuthenticatorKeyAsync(this AppFactory app, AppUser user)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return (await users.GetAuthenticatorKeyAsync((await users.FindByIdAsync(user.Id))!))!;
    }

    public static string TotpCode(string base32Key) => new Totp(Base32Encoding.ToBytes(base32Key)).ComputeTotp();

    /// <summary>Signs in with the password and, when the account has 2FA, the current authenticator code.</summary>
    public static async Task<HttpClient> SignInAsync(this AppFactory app, AppUser user)
    {
        var client = app.CreateBrowser();
        var response = await client.SubmitAsync("/Accounts/SignIn", new Dictionary<string, string>
        {
            ["Input.UserName"] = user.UserName!,
            ["Input.Password"] = Password,
        });
        if (response.Headers.Location?.OriginalString.StartsWith("/Accounts/SignInTwoFactor", StringComparison.Ordinal) == true)
        {
            var key = await app.AuthenticatorKeyAsync(user);
            response = await client.SubmitAsync(response.Headers.Location.OriginalString, new Dictionary<string, string> { ["Code"] = TotpCode(key) });
        }
        if ((int)response.StatusCode != 302)
        {
            throw new InvalidOperationException($"Sign-in failed for {user.UserName}: {(int)response.StatusCode}");
        }
        return client;
    }

    public static async Task<HttpClient> SignInAsStaffAsync(this AppFactory app, string role) =>
        await app.SignInAsync(await app.CreateAsync(role, withTwoFactor: true));

    public static string SharedKeyOnPage(string html) =>
        SharedKeyPattern().Match(html).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    private static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    [GeneratedRegex("data-testid=\"shared-key\">([a-z0-9 ]+)<")]
    private static partial Regex SharedKeyPattern();
}
