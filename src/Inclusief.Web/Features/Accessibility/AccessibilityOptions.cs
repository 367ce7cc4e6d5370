namespace Inclusief.Web.Features.Accessibility;

public sealed class AccessibilityOptions
{
    /// <summary>The answer the statement promises: within this many days of a report.</summary>
    public int AnswerWithinDays { get; set; } = 10;

    /// <summary>Answered reports lose what was written after this time.</summary>
    public TimeSpan KeepAnsweredFor { get; set; } = TimeSpan.FromDays(365);
}
