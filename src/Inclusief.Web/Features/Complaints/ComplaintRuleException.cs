namespace Inclusief.Web.Features.Complaints;

/// <summary>A step the rules do not allow; its message (Dutch, translated on display) is meant for the user.</summary>
public sealed class ComplaintRuleException(string message) : Exception(message);
