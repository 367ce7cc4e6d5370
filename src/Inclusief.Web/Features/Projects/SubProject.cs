namespace Inclusief.Web.Features.Projects;

/// <summary>A sub-project (deelproject): a question the programme works on with its own work group.</summary>
public class SubProject
{
    public const int TitleMaxLength = 150;
    public const int TextMaxLength = 4000;

    public Guid Id { get; private set; } = Guid.NewGuid();

    public string Title { get; private set; } = "";

    public string Question { get; private set; } = "";

    public string? Goal { get; private set; }

    public string? MunicipalityCode { get; private set; }

    public SubProjectStatus Status { get; private set; }

    public Visibility Visibility { get; private set; }

    public Guid? IdeaId { get; private set; }

    public DateOnly? StartsOn { get; private set; }

    public DateOnly? EndsOn { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public List<WorkGroupMember> Members { get; private set; } = [];

    /// <summary>Starts a sub-project from an accepted idea, with the coordinator who accepted it as lead.</summary>
    public static SubProject FromIdea(Guid ideaId, string title, string question, string? municipalityCode, string leadUserId, DateTime now)
    {
        var project = new SubProject
        {
            IdeaId = ideaId,
            Title = title.Trim(),
            Question = question.Trim(),
            MunicipalityCode = municipalityCode,
            Status = SubProjectStatus.Preparation,
            Visibility = Visibility.Members,
            CreatedAt = now,
        };
        project.Members.Add(new WorkGroupMember { SubProjectId = project.Id, UserId = leadUserId, Role = WorkGroupRole.Lead, JoinedAt = now });
        return project;
    }

    public bool IsLead(string? userId) => userId is not null && Members.Any(m => m.UserId == userId && m.Role == WorkGroupRole.Lead);

    public bool IsInWorkGroup(string? userId) => userId is not null && Members.Any(m => m.UserId == userId);
}
