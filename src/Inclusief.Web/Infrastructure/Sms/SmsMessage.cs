namespace Inclusief.Web.Infrastructure.Sms;

/// <summary>
/// One text to one number (E.164). Queued sealed in the outbox, like a mail: a copy of the database shows neither. The
/// purpose (<see cref="SmsPurpose"/>) is what moderators count deliveries by; the attempt, which try a resend is.
/// </summary>
public sealed record SmsMessage(string To, string Text, string Purpose, int Attempt = 1);
