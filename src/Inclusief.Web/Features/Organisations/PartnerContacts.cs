using System.Security.Claims;
using Inclusief.Data;
using Inclusief.Web.Features.Participation;
using Inclusief.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Organisations;

/// <summary>
/// A partner's contact: an account whose partner sign-up a coordinator accepted (active), on behalf of an
/// organisation that is a partner today. They read the programme's figures as partners do, without small numbers.
/// </summary>
public static class PartnerContacts
{
    public static IQueryable<Participant> PartnerContactsOn(this AppDbContext db, DateOnly today) =>
        db.Set<Participant>().Where(p => p.UserId != null && p.Form == ParticipationForm.Partner && p.Status == ParticipationStatus.Active
            && db.Set<Organisation>().Any(o => o.Id == p.OrganisationId && o.Partnership != null
                && o.Partnership.StartsOn <= today && (o.Partnership.EndsOn == null || o.Partnership.EndsOn >= today)));

    public static Task<bool> IsPartnerContactAsync(this AppDbContext db, string userId, DateOnly today) =>
        db.PartnerContactsOn(today).AnyAsync(p => p.UserId == userId);
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
