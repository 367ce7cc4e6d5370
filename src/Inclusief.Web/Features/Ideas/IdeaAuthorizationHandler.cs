using System.Security.Claims;
using Inclusief.Web.Features.Accounts;

namespace Inclusief.Web.Features.Ideas;

/// <summary>Per-idea access: the submitter sees their own idea; coordinators with a two-factor sign-in see all; a shared idea's public part is read by every signed-in member.</summary>
public sealed class IdeaAuthorizationHandler : ResourceHandler<Idea>
{
    protected override ValueTask<bool> AllowsAsync(ClaimsPrincipal user, string operation, Idea idea) => ValueTask.FromResult(operation switch
    {
        nameof(IdeaPermissions.Read) => idea.SubmitterId == UserId(user) || IsStaff(user, StaffRoles.Coordinator),
        nameof(IdeaPermissions.ReadShared) => (idea.IsShared && UserId(user) is not null) || idea.SubmitterId == UserId(user) || IsStaff(user, StaffRoles.Coordinator),
        _ => false,
    });
}
