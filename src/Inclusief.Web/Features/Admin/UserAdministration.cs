using Inclusief.Data;
using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Infrastructure.Audit;
using Inclusief.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;

namespace Inclusief.Web.Features.Admin;

/// <summary>Account changes made by an admin (or the command line), each written to the audit log.</summary>
public sealed class UserAdministration(UserManager<AppUser> users, RoleManager<IdentityRole> roles, AuditLog audit, AppDbContext db, AdminMail mail, TimeProvider clock)
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

    public const string RoleAssigned = "role-assigned";

    /// <summary>
    /// Gives a staff role. Nobody grants themselves a role; a new Caseworker or SafetyModerator is announced to
    /// the others who hold it, so a second account made to approve one's own warnings does not go unseen.
    /// </summary>
    public async Task AssignRoleAsync(AppUser user, string role, string actorId)
    {
        RefuseOwn(user, actorId);
        if (!StaffRoles.All.Contains(role) || await users.IsInRoleAsync(user, role))
        {
            return;
        }
        await EnsureRolesAsync();
        Ensure(await users.AddToRoleAsync(user, role));
        if (role is StaffRoles.Caseworker or StaffRoles.SafetyModerator)
        {
            foreach (var colleague in (await users.GetUsersInRoleAsync(role)).Where(u => u.Id != user.Id && u.EmailConfirmed && u.Email is not null))
            {
                mail.ColleagueGotRole(colleague, user, role);
            }
        }
        await RecordAsync(actorId, RoleAssigned, user.Id, role);
    }

    /// <summary>Since when the account holds the role (its latest grant), or null when it was granted before grants were logged.</summary>
    public async Task<DateTime?> RoleHeldSinceAsync(string userId, string role) =>
        await db.Set<AuditEntry>().Where(a => a.Action == RoleAssigned && a.SubjectType == "user" && a.SubjectId == userId && a.Detail == role)
            .MaxAsync(a => (DateTime?)a.At);

    public async Task RemoveRoleAsync(AppUser user, string role, string actorId)
    {
        RefuseOwn(user, actorId);
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

    private static void RefuseOwn(AppUser user, string actorId)
    {
        if (user.Id == actorId)
        {
            throw new InvalidOperationException("Nobody changes their own roles.");
        }
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
        RandomCode.Of(20, RandomCode.UrlSafe);

    private static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
