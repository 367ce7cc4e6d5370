using System.Security.Cryptography;
using Inclusief.Data;
using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;

namespace Inclusief.Web.Features.Admin;

/// <summary>Account changes made by an admin (or the command line), each written to the audit log.</summary>
public sealed class UserAdministration(UserManager<AppUser> users, RoleManager<IdentityRole> roles, AuditLog audit, AppDbContext db, TimeProvider clock)
{
    public const string CommandLineActor = "command-line";

    public sealed record CreatedAdmin(AppUser User, string? Password);

    /// <summary>Creates an admin account with a generated password, or gives an existing account the Admin role.</summary>
    public async Task<CreatedAdmin> CreateAdminAsync(string email, string actorId)
    {
        await EnsureRolesAsync();
        var user = await users.FindByEmailAsync(email) ?? await users.FindByNameAsync(email);
        string? password = null;
        if (user is null)
        {
            password = GeneratePassword();
            user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Beheerder", CreatedAt = clock.GetUtcNow().UtcDateTime };
            Ensure(await users.CreateAsync(user, password));
        }
        await AssignRoleAsync(user, StaffRoles.Admin, actorId);
        return new CreatedAdmin(user, password);
    }

    public async Task AssignRoleAsync(AppUser user, string role, string actorId)
    {
        if (!StaffRoles.All.Contains(role) || await users.IsInRoleAsync(user, role))
        {
            return;
        }
        await EnsureRolesAsync();
        Ensure(await users.AddToRoleAsync(user, role));
        await RecordAsync(actorId, "role-assigned", user.Id, role);
    }

    public async Task RemoveRoleAsync(AppUser user, string role, string actorId)
    {
        if (!await users.IsInRoleAsync(user, role))
        {
            return;
        }
        Ensure(await users.RemoveFromRoleAsync(user, role));
        await RecordAsync(actorId, "role-removed", user.Id, role);
    }

    /// <summary>Blocks sign-in and ends the account's current sessions at the next security-stamp check.</summary>
    public async Task DeactivateAsync(AppUser user, string actorId)
    {
        if (user.IsDeactivated)
        {
            return;
        }
        user.DeactivatedAt = clock.GetUtcNow().UtcDateTime;
        Ensure(await users.SetLockoutEnabledAsync(user, true));
        Ensure(await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue));
        Ensure(await users.UpdateSecurityStampAsync(user));
        await RecordAsync(actorId, "account-deactivated", user.Id);
    }

    public async Task ReactivateAsync(AppUser user, string actorId)
    {
        if (!user.IsDeactivated)
        {
            return;
        }
        user.DeactivatedAt = null;
        Ensure(await users.SetLockoutEndDateAsync(user, null));
        Ensure(await users.ResetAccessFailedCountAsync(user));
        await RecordAsync(actorId, "account-reactivated", user.Id);
    }

    private async Task RecordAsync(string actorId, string action, string userId, string? detail = null)
    {
        audit.Record(actorId, action, "user", userId, detail);
        await db.SaveChangesAsync();
    }

    private async Task EnsureRolesAsync()
    {
        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Ensure(await roles.CreateAsync(new IdentityRole(role)));
            }
        }
    }

    private static string GeneratePassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('+', '-').Replace('/', '_');

    private static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
