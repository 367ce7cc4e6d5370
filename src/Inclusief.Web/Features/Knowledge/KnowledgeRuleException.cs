namespace Inclusief.Web.Features.Knowledge;

/// <summary>A step the item's workflow does not allow; the message (Dutch, translated on display) says why.</summary>
public sealed class KnowledgeRuleException(string message) : Exception(message);
