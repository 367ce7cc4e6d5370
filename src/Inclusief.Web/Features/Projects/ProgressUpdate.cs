namespace Inclusief.Web.Features.Projects;

/// <summary>A dated note on the sub-project's timeline: what happened, what was decided.</summary>
public class ProgressUpdate
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid SubProjectId { get; private set; }

    public string AuthorId { get; private set; } = "";

    public string Text { get; private set; } = "";

    public DateTime At { get; private set; }

    public static ProgressUpdate Create(Guid subProjectId, string authorId, string text, DateTime at) => new()
    {
        SubProjectId = subProjectId,
        AuthorId = authorId,
        Text = text.Trim(),
        At = at,
    };
}
