using System.Security.Claims;
using Inclusief.Web.Features.Accounts;

namespace Inclusief.Web.Features.Feedback;

/// <summary>Per-round access: the invited answer (sounding board or work group, <see cref="FeedbackInvitations"/>); organisers read every round too.</summary>
public sealed class FeedbackAuthorizationHandler(FeedbackInvitations invitations) : ResourceHandler<FeedbackRound>
{
    protected override async ValueTask<bool> AllowsAsync(ClaimsPrincipal user, string operation, FeedbackRound round) => operation switch
    {
        nameof(FeedbackPermissions.Respond) => await invitations.IsInvitedAsync(round, UserId(user)),
        nameof(FeedbackPermissions.Read) => IsStaff(user, StaffRoles.Coordinator) || await invitations.IsInvitedAsync(round, UserId(user)),
        _ => false,
    };
}
