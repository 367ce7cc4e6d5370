namespace Inclusief.Web.Features.ImageBank;

/// <summary>A step the image bank does not allow; the message (Dutch, translated on display) says why.</summary>
public sealed class PhotoRuleException(string message) : Exception(message);
