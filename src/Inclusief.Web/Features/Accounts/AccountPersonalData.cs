using Inclusief.Data;
using Inclusief.Web.Infrastructure.Privacy;
using Microsoft.AspNetCore.Identity;

namespace Inclusief.Web.Features.Accounts;

public sealed class AccountPersonalData(UserManager<AppUser> users) : IPersonalData
{
    public string Section => "account";

    public async Task<object?> ExportAsync(AppUser user) => new
    {
        user.DisplayName,
        user.UserName,
        user.Email,
        user.EmailConfirmed,
        user.PreferredCulture,
        user.CreatedAt,
        user.TwoFactorEnabled,
        Roles = await users.GetRolesAsync(user),
    };

    // The account row itself is deleted last by the erase page, after every feature has erased its part.
    public Task EraseAsync(AppUser user) => Task.CompletedTask;
}
