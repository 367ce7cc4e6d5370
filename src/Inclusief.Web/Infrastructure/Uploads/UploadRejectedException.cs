namespace Inclusief.Web.Infrastructure.Uploads;

/// <summary>A file that is not accepted; the message (Dutch, translated on display) tells the user why.</summary>
public sealed class UploadRejectedException(string message) : Exception(message);
