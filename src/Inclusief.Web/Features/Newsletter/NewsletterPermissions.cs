namespace Inclusief.Web.Features.Newsletter;

public static class NewsletterPermissions
{
    /// <summary>Coordinators (two-factor sign-in) compose and send editions.</summary>
    public const string Publish = "Newsletter.Publish";
}
