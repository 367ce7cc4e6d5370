namespace Inclusief.Web.Features.Ideas;

/// <summary>A coordinator's question about an idea, or the submitter's answer.</summary>
public class IdeaMessage
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid IdeaId { get; private set; }

    public string AuthorId { get; private set; } = "";

    public bool FromCoordinator { get; private set; }

    public string Text { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public static IdeaMessage Create(Guid ideaId, string authorId, bool fromCoordinator, string text, DateTime now) => new()
    {
        IdeaId = ideaId,
        AuthorId = authorId,
        FromCoordinator = fromCoordinator,
        Text = text.Trim(),
        CreatedAt = now,
    };
}
