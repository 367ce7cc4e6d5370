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

    /// <summary>Set by a lead when there are no milestones to measure progress by.</summary>
    public int? ProgressPercent { get; private set; }

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

    public sealed record Settings(string Title, string Question, string? Goal, string? MunicipalityCode, SubProjectStatus Status, Visibility Visibility, DateOnly? StartsOn, DateOnly? EndsOn, int? ProgressPercent);

    public void Change(Settings settings)
    {
        if (settings.StartsOn is { } start && settings.EndsOn is { } end && end < start)
        {
            throw new InvalidOperationException("The end date is before the start date.");
        }
        Title = settings.Title.Trim();
        Question = settings.Question.Trim();
        Goal = string.IsNullOrWhiteSpace(settings.Goal) ? null : settings.Goal.Trim();
        MunicipalityCode = settings.MunicipalityCode;
        Status = settings.Status;
        Visibility = settings.Visibility;
        StartsOn = settings.StartsOn;
        EndsOn = settings.EndsOn;
        ProgressPercent = settings.ProgressPercent is { } percent ? Math.Clamp(percent, 0, 100) : null;
    }

    public void AddMember(string userId, WorkGroupRole role, DateTime now)
    {
        if (Members.FirstOrDefault(m => m.UserId == userId) is { } existing)
        {
            existing.Role = role;
            return;
        }
        Members.Add(new WorkGroupMember { SubProjectId = Id, UserId = userId, Role = role, JoinedAt = now });
    }

    /// <summary>Removes a member; the last lead stays, so a sub-project is never without one.</summary>
    public bool RemoveMember(string userId)
    {
        var member = Members.FirstOrDefault(m => m.UserId == userId);
        if (member is null || (member.Role == WorkGroupRole.Lead && Members.Count(m => m.Role == WorkGroupRole.Lead) == 1))
        {
            return false;
        }
        Members.Remove(member);
        return true;
    }

    /// <summary>Progress in percent: reached milestones out of all, or what a lead set when there are none.</summary>
    public int Progress(IReadOnlyCollection<Milestone> milestones) =>
        Progress(milestones.Count(m => m.IsReached), milestones.Count, ProgressPercent);

    public static int Progress(int reachedMilestones, int milestones, int? setByLead) =>
        milestones > 0 ? reachedMilestones * 100 / milestones : setByLead ?? 0;

    public bool IsLead(string? userId) => userId is not null && Members.Any(m => m.UserId == userId && m.Role == WorkGroupRole.Lead);

    public bool IsInWorkGroup(string? userId) => userId is not null && Members.Any(m => m.UserId == userId);
}
