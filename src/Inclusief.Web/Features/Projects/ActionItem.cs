namespace Inclusief.Web.Features.Projects;

/// <summary>A concrete step (actie) in a sub-project, with an owner, a due date and a status.</summary>
public class ActionItem
{
    public const int DescriptionMaxLength = 500;

    public const int GoalMaxLength = 300;

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid SubProjectId { get; private set; }

    public string Description { get; private set; } = "";

    public string? OwnerId { get; private set; }

    public DateOnly? DueOn { get; private set; }

    public string? Goal { get; private set; }

    public ActionStatus Status { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public static ActionItem Create(Guid subProjectId, string description, string? ownerId, DateOnly? dueOn, string? goal, DateTime now) => new()
    {
        SubProjectId = subProjectId,
        Description = description.Trim(),
        OwnerId = ownerId,
        DueOn = dueOn,
        Goal = string.IsNullOrWhiteSpace(goal) ? null : goal.Trim(),
        Status = ActionStatus.Open,
        CreatedAt = now,
    };

    public bool IsOverdue(DateOnly today) => Status != ActionStatus.Done && DueOn < today;

    public void Move(ActionStatus status) => Status = status;
}
