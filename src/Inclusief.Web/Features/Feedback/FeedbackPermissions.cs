namespace Inclusief.Web.Features.Feedback;

public static class FeedbackPermissions
{
    /// <summary>Coordinators (with a two-factor sign-in) open rounds, read all answers and publish the response.</summary>
    public const string Organise = "Feedback.Organise";
}
