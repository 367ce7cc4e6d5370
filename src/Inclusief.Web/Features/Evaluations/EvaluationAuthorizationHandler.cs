using System.Security.Claims;
using Inclusief.Data;
using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Features.Organisations;
using Inclusief.Web.Infrastructure.Localization;

namespace Inclusief.Web.Features.Evaluations;

/// <summary>
/// Who reads an evaluation point and who adds a view to it. Scoped: whether someone is a partner's contact is read
/// from the database, and only when the rule needs it.
/// </summary>
public sealed class EvaluationAuthorizationHandler(AppDbContext db, TimeProvider clock) : ResourceHandler<ProgrammeEvaluationPoint>
{
    protected override async ValueTask<bool> AllowsAsync(ClaimsPrincipal user, string operation, ProgrammeEvaluationPoint evaluation)
    {
        var coordinator = IsStaff(user, StaffRoles.Coordinator);
        return operation switch
        {
            nameof(EvaluationPermissions.Read) when coordinator || evaluation.PublishedAt is not null => true,
            nameof(EvaluationPermissions.Read) => evaluation.PartnersInvitedAt is not null && await IsPartnerContactAsync(user),
            nameof(EvaluationPermissions.GiveView) => evaluation.PartnersInvitedAt is not null && !evaluation.IsDecided && await IsPartnerContactAsync(user),
            _ => false,
        };
    }

    private async Task<bool> IsPartnerContactAsync(ClaimsPrincipal user) =>
        UserId(user) is { Length: > 0 } id && await db.IsPartnerContactAsync(id, ProgrammeTime.DayOf(clock.GetUtcNow().UtcDateTime));
}
