using System.Security.Claims;
using Inclusief.Web.Features.Accounts;

namespace Inclusief.Web.Features.Knowledge;

/// <summary>Per-item access for the item page, its attachments and the editor's pages.</summary>
public sealed class KnowledgeAuthorizationHandler : ResourceHandler<KnowledgeItem>
{
    protected override ValueTask<bool> AllowsAsync(ClaimsPrincipal user, string operation, KnowledgeItem item)
    {
        var userId = UserId(user);
        var editor = IsStaff(user, StaffRoles.Coordinator);
        return ValueTask.FromResult(operation switch
        {
            nameof(KnowledgePermissions.Read) => KnowledgeAccessRule.For(item, userId, editor) is KnowledgeAccess.Read or KnowledgeAccess.Preview,
            nameof(KnowledgePermissions.Write) => editor || item.IsWrittenBy(userId),
            nameof(KnowledgePermissions.Change) => (editor || item.IsWrittenBy(userId)) && item.MayChange(editor),
            _ => false,
        });
    }
}
