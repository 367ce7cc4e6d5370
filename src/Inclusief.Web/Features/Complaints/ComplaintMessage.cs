namespace Inclusief.Web.Features.Complaints;

/// <summary>A message in a case: from the reporter, to the reporter, or an internal note the reporter never sees.</summary>
public class ComplaintMessage
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid ComplaintId { get; private set; }

    public bool FromReporter { get; private set; }

    public bool IsInternal { get; private set; }

    public string? AuthorId { get; private set; }

    public string EncryptedText { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public static ComplaintMessage ByReporter(Guid complaintId, string encryptedText, DateTime now) =>
        new() { ComplaintId = complaintId, FromReporter = true, EncryptedText = encryptedText, CreatedAt = now };

    public static ComplaintMessage ByCaseworker(Guid complaintId, string authorId, string encryptedText, bool isInternal, DateTime now) =>
        new() { ComplaintId = complaintId, AuthorId = authorId, IsInternal = isInternal, EncryptedText = encryptedText, CreatedAt = now };
}
