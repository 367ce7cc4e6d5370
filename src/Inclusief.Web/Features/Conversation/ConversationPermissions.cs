namespace Inclusief.Web.Features.Conversation;

public static class ConversationPermissions
{
    /// <summary>Coordinators (with a two-factor sign-in) hide and restore comments, warn and suspend authors, and close threads.</summary>
    public const string Moderate = "Conversation.Moderate";
}
