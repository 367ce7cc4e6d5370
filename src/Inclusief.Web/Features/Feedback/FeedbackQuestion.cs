namespace Inclusief.Web.Features.Feedback;

/// <summary>One question of a round: open text, a 1–5 scale, or a single or multiple choice.</summary>
public class FeedbackQuestion
{
    public const int TextMaxLength = 500;
    public const int OptionsMaxLength = 2000;

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid RoundId { get; private set; }

    public int Order { get; private set; }

    public string Text { get; private set; } = "";

    public QuestionKind Kind { get; private set; }

    /// <summary>The choices, one per line (choice questions only).</summary>
    public string? Options { get; private set; }

    public static FeedbackQuestion Create(Guid roundId, int order, string text, QuestionKind kind, IEnumerable<string> options)
    {
        var choices = options.Select(o => o.Trim()).Where(o => o.Length > 0).Distinct().ToList();
        if (kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice && choices.Count < 2)
        {
            throw new RuleException("Een keuzevraag heeft minstens twee keuzes nodig.");
        }
        return new FeedbackQuestion
        {
            RoundId = roundId,
            Order = order,
            Text = text.Trim(),
            Kind = kind,
            Options = kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice ? string.Join('\n', choices) : null,
        };
    }

    public IReadOnlyList<string> Choices => Options?.Split('\n') ?? [];
}
