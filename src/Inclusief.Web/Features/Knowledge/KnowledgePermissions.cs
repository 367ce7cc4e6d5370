using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Inclusief.Web.Features.Knowledge;

public static class KnowledgePermissions
{
    /// <summary>Coordinators (two-factor sign-in) review, publish and archive; anyone signed in may write a draft.</summary>
    public const string Edit = "Knowledge.Edit";

    /// <summary>Reading an item and its attachments (<see cref="KnowledgeAccessRule"/>): published to its audience, unpublished as a preview for its author and the editors.</summary>
    public static readonly OperationAuthorizationRequirement Read = new() { Name = nameof(Read) };

    /// <summary>Opening the item in the editor: its author and the editors.</summary>
    public static readonly OperationAuthorizationRequirement Write = new() { Name = nameof(Write) };

    /// <summary>Changing its text, lessons and attachments now (<see cref="KnowledgeItem.MayChange"/>).</summary>
    public static readonly OperationAuthorizationRequirement Change = new() { Name = nameof(Change) };
}
