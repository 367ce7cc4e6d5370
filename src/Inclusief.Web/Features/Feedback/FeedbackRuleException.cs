namespace Inclusief.Web.Features.Feedback;

/// <summary>A step the rules do not allow; its message (Dutch, translated on display) is meant for the user.</summary>
public sealed class FeedbackRuleException(string message) : Exception(message);
