using System.Security.Claims;
using Inclusief.Data;
using Inclusief.Web.Features.Participation;
using Inclusief.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Organisations;

/// <summary>
/// A partner's contact: an account whose partner sign-up a coordinator accepted (active), on behalf of an
/// organisation that is a partner today, and whose confirmed address is the one the coordinator accepted. (A
/// signed-in visitor can type anyone's address into a sign-up; only the address's owner can confirm it on an
/// account.) They read the programme's figures as partners do, without small numbers.
/// </summary>
public static class PartnerContacts
{
    public static IQueryable<Participant> PartnerContactsOn(this AppDbContext db, DateOnly today) =>
        db.Set<Participant>().Where(p => p.UserId != null && p.Form == ParticipationForm.Partner && p.Status == ParticipationStatus.Active
            && db.PartnersOn(today).Any(o => o.Id == p.OrganisationId));

    public static async Task<bool> IsPartnerContactAsync(this AppDbContext db, string userId, DateOnly today) =>
        await db.PartnerOrganisationOfAsync(userId, today) is not null;

    /// <summary>The partner organisation the account is a contact of today, or null when it is none.</summary>
    public static async Task<Organisation?> PartnerOrganisationOfAsync(this AppDbContext db, string userId, DateOnly today)
    {
        var confirmed = await db.Users.Where(u => u.Id == userId && u.EmailConfirmed).Select(u => u.Email).SingleOrDefaultAsync();
        // A sign-up keeps its address trimmed and in lower case.
        var address = confirmed?.Trim().ToLowerInvariant();
        if (address is null)
        {
            return null;
        }
        var organisationId = await db.PartnerContactsOn(today).Where(p => p.UserId == userId && p.Email == address)
            .OrderBy(p => p.CreatedAt).Select(p => p.OrganisationId).FirstOrDefaultAsync();
        return organisationId is { } id ? await db.Set<Organisation>().AsNoTracking().SingleOrDefaultAsync(o => o.Id == id) : null;
    }
}

/// <summary>Met by a coordinator signed in with a second factor, or by a partner's contact.</summary>
public sealed class CoordinatorOrPartnerRequirement : IAuthorizationRequirement;

/// <summary>Scoped: it asks the database whether the account is a partner's contact, only when the account is not a coordinator.</summary>
public sealed class CoordinatorOrPartnerHandler(AppDbContext db, TimeProvider clock) : AuthorizationHandler<CoordinatorOrPartnerRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, CoordinatorOrPartnerRequirement requirement)
    {
        if (Accounts.StaffTwoFactorRequirement.IsSatisfiedBy(context.User, Accounts.StaffRoles.Coordinator))
        {
            context.Succeed(requirement);
            return;
        }
        var userId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is not null && await db.IsPartnerContactAsync(userId, ProgrammeTime.DayOf(clock.GetUtcNow().UtcDateTime)))
        {
            context.Succeed(requirement);
        }
    }
}
