namespace Inclusief.Web.Features.Ideas;

/// <summary>A step the rules do not allow; its message (Dutch, translated on display) is meant for the user.</summary>
public sealed class IdeaRuleException(string message) : Exception(message);
