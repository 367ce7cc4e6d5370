namespace Inclusief.Web.Features.Projects;

/// <summary>A work-group meeting: when and where, agenda, and afterwards minutes and decisions.</summary>
public class Meeting
{
    public const int TitleMaxLength = 200;

    public const int ChairMaxLength = 120;

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid SubProjectId { get; private set; }

    public string Title { get; private set; } = "";

    public DateTime StartsAt { get; private set; }

    public int DurationMinutes { get; private set; }

    public string? Location { get; private set; }

    public string? OnlineLink { get; private set; }

    public string? Agenda { get; private set; }

    public string? ChairName { get; private set; }

    public string? Minutes { get; private set; }

    public string? Decisions { get; private set; }

    public static Meeting Plan(Guid subProjectId, string title, DateTime startsAt, int durationMinutes, string? location, string? onlineLink, string? agenda, string? chairName) => new()
    {
        SubProjectId = subProjectId,
        Title = title.Trim(),
        StartsAt = startsAt,
        DurationMinutes = durationMinutes,
        Location = Clean(location),
        OnlineLink = Clean(onlineLink),
        Agenda = Clean(agenda),
        ChairName = Clean(chairName),
    };

    public DateTime EndsAt => StartsAt.AddMinutes(DurationMinutes);

    public string CalendarUid => $"meeting-{Id:N}@inclusief";

    public void RecordOutcome(string? minutes, string? decisions)
    {
        Minutes = Clean(minutes);
        Decisions = Clean(decisions);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
