namespace Inclusief.Web.Features.Feedback;

/// <summary>
/// A sounding-board feedback round on a solution direction or tool: questions, a deadline, who is invited,
/// and afterwards a published response ("wat doen we ermee") for everyone who took part.
/// </summary>
public class FeedbackRound
{
    public const int TextMaxLength = 4000;
    public const int TitleMaxLength = 200;

    public Guid Id { get; private set; } = Guid.NewGuid();

    public string Title { get; private set; } = "";

    public string Introduction { get; private set; } = "";

    public FeedbackAudience Audience { get; private set; }

    public Guid? SubProjectId { get; private set; }

    public Guid? IdeaId { get; private set; }

    public DateTime Deadline { get; private set; }

    public string CreatedById { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public string? Response { get; private set; }

    public DateTime? ResponsePublishedAt { get; private set; }

    public List<FeedbackQuestion> Questions { get; private set; } = [];

    public sealed record Draft(string Title, string Introduction, FeedbackAudience Audience, Guid? SubProjectId, Guid? IdeaId, DateTime Deadline);

    public static FeedbackRound Open(Draft draft, string createdById, IReadOnlyList<(string Text, QuestionKind Kind, IEnumerable<string> Options)> questions, DateTime now)
    {
        if (draft.Deadline <= now)
        {
            throw new RuleException("Kies een sluitingsdatum in de toekomst.");
        }
        if (draft.Audience == FeedbackAudience.WorkGroup && draft.SubProjectId is null)
        {
            throw new RuleException("Kies het deelproject waarvan de werkgroep wordt uitgenodigd.");
        }
        if (questions.Count == 0)
        {
            throw new RuleException("Stel minstens één vraag.");
        }
        var round = new FeedbackRound
        {
            Title = draft.Title.Trim(),
            Introduction = draft.Introduction.Trim(),
            Audience = draft.Audience,
            SubProjectId = draft.SubProjectId,
            IdeaId = draft.IdeaId,
            Deadline = draft.Deadline,
            CreatedById = createdById,
            CreatedAt = now,
        };
        round.Questions.AddRange(questions.Select((q, i) => FeedbackQuestion.Create(round.Id, i + 1, q.Text, q.Kind, q.Options)));
        return round;
    }

    public bool IsOpen(DateTime now) => now < Deadline;

    public void PublishResponse(string response, DateTime now)
    {
        if (IsOpen(now))
        {
            throw new RuleException("Je kunt pas reageren als de ronde gesloten is.");
        }
        if (string.IsNullOrWhiteSpace(response))
        {
            throw new RuleException("Schrijf wat we met de feedback doen.");
        }
        Response = response.Trim();
        ResponsePublishedAt = now;
    }
}
