namespace Inclusief.Web.Features.Events;

/// <summary>A step the rules do not allow; its message (Dutch, translated on display) is meant for the user.</summary>
public sealed class EventRuleException(string message) : Exception(message);
