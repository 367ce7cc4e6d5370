using Inclusief.Data;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Accounts;

/// <summary>
/// A confirmed address finds at most one account (a unique index on confirmed addresses guarantees it), so
/// a reset or sign-in link can never go to the wrong person, and a lookup never fails on duplicates.
/// </summary>
public static class ConfirmedAddress
{
    public static string Normalize(string email) => email.Trim().ToUpperInvariant();

    public static IQueryable<AppUser> WithConfirmedAddress(this IQueryable<AppUser> users, string email)
    {
        var normalized = Normalize(email);
        return users.Where(u => u.NormalizedEmail == normalized && u.EmailConfirmed);
    }

    public static Task<AppUser?> OwnerOfAsync(this IQueryable<AppUser> users, string email) =>
        users.WithConfirmedAddress(email).OrderBy(u => u.CreatedAt).ThenBy(u => u.Id).FirstOrDefaultAsync();
}
