namespace Inclusief.Web.Features.Projects;

/// <summary>A milestone on a sub-project's timeline; reached milestones make up its progress (Decidim's accountability model).</summary>
public class Milestone
{
    public const int TitleMaxLength = 200;

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid SubProjectId { get; private set; }

    public string Title { get; private set; } = "";

    public DateOnly? PlannedOn { get; private set; }

    public DateOnly? ReachedOn { get; private set; }

    public static Milestone Create(Guid subProjectId, string title, DateOnly? plannedOn) => new()
    {
        SubProjectId = subProjectId,
        Title = title.Trim(),
        PlannedOn = plannedOn,
    };

    public bool IsReached => ReachedOn is not null;

    public void Reach(DateOnly on) => ReachedOn ??= on;
}
