namespace Inclusief.Web.Features.Feedback;

/// <summary>An answer to one question; answers that do not fit the question are refused.</summary>
public class FeedbackAnswer
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid ResponseId { get; private set; }

    public Guid QuestionId { get; private set; }

    public string? Text { get; private set; }

    public int? Number { get; private set; }

    /// <summary>Chosen options, one per line.</summary>
    public string? Choices { get; private set; }

    public sealed record Value(string? Text, int? Number, IReadOnlyList<string> Choices);

    public static FeedbackAnswer? For(Guid responseId, FeedbackQuestion question, Value value)
    {
        var answer = new FeedbackAnswer { ResponseId = responseId, QuestionId = question.Id };
        switch (question.Kind)
        {
            case QuestionKind.OpenText when !string.IsNullOrWhiteSpace(value.Text):
                answer.Text = value.Text.Trim()[..Math.Min(value.Text.Trim().Length, FeedbackRound.TextMaxLength)];
                return answer;
            case QuestionKind.Scale when value.Number is >= 1 and <= 5:
                answer.Number = value.Number;
                return answer;
            case QuestionKind.SingleChoice when value.Choices.Count == 1 && question.Choices.Contains(value.Choices[0]):
            case QuestionKind.MultipleChoice when value.Choices.Count > 0 && value.Choices.All(question.Choices.Contains):
                answer.Choices = string.Join('\n', value.Choices.Distinct());
                return answer;
            default:
                return null;
        }
    }

    public IReadOnlyList<string> ChosenOptions => Choices?.Split('\n') ?? [];
}
