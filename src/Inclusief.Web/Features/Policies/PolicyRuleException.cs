namespace Inclusief.Web.Features.Policies;

/// <summary>A step the rules do not allow; its message (Dutch, translated on display) is meant for the user.</summary>
public sealed class PolicyRuleException(string message) : Exception(message);
