namespace Inclusief.Web.Features.Accessibility;

public sealed class AccessibilityOptions
{
    /// <summary>The answer the statement promises: within this many days of a report.</summary>
    public int AnswerWithinDays { get; set; } = 10;

    /// <summary>What a report says is emptied this long after its answer (or its arrival, when nobody answered).</summary>
    public TimeSpan KeepFor { get; set; } = TimeSpan.FromDays(365);
}
