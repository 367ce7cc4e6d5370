namespace Inclusief.Web.Infrastructure.Jobs;

/// <summary>
/// A leased message as its handler sees it: the payload decrypted, and no tracked row a handler could detach or
/// save by accident.
/// </summary>
public sealed record OutboxWork(long Id, string Kind, string Payload);
