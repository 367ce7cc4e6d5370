namespace Inclusief.Web.Features.Projects;

/// <summary>
/// What a sub-project achieved and how we know. Publishing it makes a public summary that other
/// municipalities can read, whatever the sub-project's own visibility.
/// </summary>
public class ProjectResult
{
    public const int TitleMaxLength = 200;

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid SubProjectId { get; private set; }

    public string Title { get; private set; } = "";

    public string Summary { get; private set; } = "";

    public string? Evidence { get; private set; }

    public DateTime? PublishedAt { get; private set; }

    public static ProjectResult Create(Guid subProjectId, string title, string summary, string? evidence) => new()
    {
        SubProjectId = subProjectId,
        Title = title.Trim(),
        Summary = summary.Trim(),
        Evidence = string.IsNullOrWhiteSpace(evidence) ? null : evidence.Trim(),
    };

    public void Publish(DateTime now) => PublishedAt ??= now;

    public void Withdraw() => PublishedAt = null;
}
