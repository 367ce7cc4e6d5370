namespace Inclusief.Web.Features.Participation;

/// <summary>A step the rules do not allow; its message (Dutch, translated on display) is meant for the user.</summary>
public sealed class ParticipationRuleException(string message) : Exception(message);
