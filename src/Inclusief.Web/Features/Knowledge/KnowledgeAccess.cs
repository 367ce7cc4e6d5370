namespace Inclusief.Web.Features.Knowledge;

/// <summary>Who may read an item (and its attachments): one rule for the page, the downloads and the editor.</summary>
public enum KnowledgeAccess
{
    Read,
    Preview,
    SignInFirst,
    Hidden,
}

public static class KnowledgeAccessRule
{
    /// <summary>Published: public to all, members-only to anyone signed in. Not published: only its author and the editors, as a preview.</summary>
    public static KnowledgeAccess For(KnowledgeItem item, string? userId, bool isEditor) => item.Status switch
    {
        KnowledgeStatus.Published when item.Visibility == KnowledgeVisibility.Public || userId is not null => KnowledgeAccess.Read,
        KnowledgeStatus.Published => KnowledgeAccess.SignInFirst,
        _ when isEditor || item.IsWrittenBy(userId) => KnowledgeAccess.Preview,
        _ => KnowledgeAccess.Hidden,
    };

    /// <summary>When reading was refused: only a published (members-only) item asks a visitor to sign in; anything else unseen does not exist.</summary>
    public static bool SignInWouldHelp(KnowledgeItem item, System.Security.Claims.ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated != true && item.Status == KnowledgeStatus.Published;
}
