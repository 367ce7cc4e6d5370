using Inclusief.Web.Infrastructure.Uploads;

namespace Inclusief.Web.Features.Knowledge;

/// <summary>A file that belongs to an item (the report as PDF, a working form); served with the item's visibility.</summary>
public class KnowledgeAttachment
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    public int ItemId { get; private set; }

    public string StoredName { get; private set; } = "";

    public string FileName { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public long Size { get; private set; }

    public static KnowledgeAttachment From(StoredFile file) =>
        new() { StoredName = file.StoredName, FileName = file.FileName, ContentType = file.ContentType, Size = file.Size };
}
