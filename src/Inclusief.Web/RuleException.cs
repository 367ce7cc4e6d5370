namespace Inclusief.Web;

/// <summary>
/// A domain rule said no ("this step is not possible from the current status"). The message is Dutch, written for
/// the person who tried, and is shown next to the form (see <c>RuleRefusal</c>); it is never a
/// programming error, so it never becomes a 500. In the root namespace so every feature can throw it without a using.
/// </summary>
public sealed class RuleException(string message) : Exception(message);
