namespace Inclusief.Web.Features.Feedback;

/// <summary>Who is invited to a feedback round.</summary>
public enum FeedbackAudience
{
    SoundingBoard,
    WorkGroup,
    Everyone,
}

public static class FeedbackAudiences
{
    public static string Label(FeedbackAudience audience) => audience switch
    {
        FeedbackAudience.SoundingBoard => "De klankbordgroep",
        FeedbackAudience.WorkGroup => "De werkgroep van een deelproject",
        _ => "Iedereen met een account",
    };
}
