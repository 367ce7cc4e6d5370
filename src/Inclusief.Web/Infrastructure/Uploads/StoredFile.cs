namespace Inclusief.Web.Infrastructure.Uploads;

/// <summary>An accepted upload: where it is stored, and what it really is (by content, not by name).</summary>
public sealed record StoredFile(string StoredName, string FileName, string ContentType, long Size);
