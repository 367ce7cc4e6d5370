namespace Inclusief.Web.Features.Feedback;

/// <summary>One person's answers to a round; one per person, which they may change until the deadline.</summary>
public class FeedbackResponse
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid RoundId { get; private set; }

    public string UserId { get; private set; } = "";

    public DateTime SubmittedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public List<FeedbackAnswer> Answers { get; private set; } = [];

    public static FeedbackResponse Start(Guid roundId, string userId, DateTime now) => new()
    {
        RoundId = roundId,
        UserId = userId,
        SubmittedAt = now,
        UpdatedAt = now,
    };

    /// <summary>Replaces the answers, only while the round is open.</summary>
    public void Answer(FeedbackRound round, IReadOnlyDictionary<Guid, FeedbackAnswer.Value> answers, DateTime now)
    {
        if (!round.IsOpen(now))
        {
            throw new RuleException("Deze ronde is gesloten; je kunt je antwoorden niet meer wijzigen.");
        }
        Answers.Clear();
        foreach (var question in round.Questions)
        {
            if (answers.TryGetValue(question.Id, out var value) && FeedbackAnswer.For(Id, question, value) is { } answer)
            {
                Answers.Add(answer);
            }
        }
        UpdatedAt = now;
    }
}
