namespace Inclusief.Web.Infrastructure.Sms;

/// <summary>One text to one number (E.164). Queued sealed in the outbox, like a mail: a copy of the database shows neither.</summary>
public sealed record SmsMessage(string To, string Text);
