using Inclusief.Web.Infrastructure.Uploads;

namespace Inclusief.Web.Features.Ideas;

/// <summary>A file sent with an idea; stored outside wwwroot and served only to the submitter and coordinators.</summary>
public class IdeaAttachment
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid IdeaId { get; private set; }

    public string FileName { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public long Size { get; private set; }

    public string StoredName { get; private set; } = "";

    public static IdeaAttachment From(Guid ideaId, StoredFile file) => new()
    {
        IdeaId = ideaId,
        FileName = file.FileName,
        ContentType = file.ContentType,
        Size = file.Size,
        StoredName = file.StoredName,
    };
}
