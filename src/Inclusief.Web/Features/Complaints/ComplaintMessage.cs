namespace Inclusief.Web.Features.Complaints;

/// <summary>
/// A message in a case: from the reporter, to the reporter, or an internal note the reporter never sees. It keeps
/// the day it was written and its place in the thread, not the time, as the case itself does.
/// </summary>
public class ComplaintMessage
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid ComplaintId { get; private set; }

    public bool FromReporter { get; private set; }

    public bool IsInternal { get; private set; }

    public string? AuthorId { get; private set; }

    public string EncryptedText { get; private set; } = "";

    public DateOnly WrittenOn { get; private set; }

    public int Number { get; private set; }

    public static ComplaintMessage ByReporter(Guid complaintId, string encryptedText, DateOnly day, int number) =>
        new() { ComplaintId = complaintId, FromReporter = true, EncryptedText = encryptedText, WrittenOn = day, Number = number };

    public static ComplaintMessage ByCaseworker(Guid complaintId, string authorId, string encryptedText, bool isInternal, DateOnly day, int number) =>
        new() { ComplaintId = complaintId, AuthorId = authorId, IsInternal = isInternal, EncryptedText = encryptedText, WrittenOn = day, Number = number };
}
