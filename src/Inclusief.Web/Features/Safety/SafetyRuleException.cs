namespace Inclusief.Web.Features.Safety;

/// <summary>A step the rules do not allow; its message (Dutch, translated on display) is meant for the user.</summary>
public sealed class SafetyRuleException(string message) : Exception(message);
