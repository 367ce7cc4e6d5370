namespace Inclusief.Web.Features.Feedback;

public enum QuestionKind
{
    OpenText,
    Scale,
    SingleChoice,
    MultipleChoice,
}

public static class QuestionKinds
{
    public static string Label(QuestionKind kind) => kind switch
    {
        QuestionKind.OpenText => "Open vraag",
        QuestionKind.Scale => "Schaal van 1 tot 5",
        QuestionKind.SingleChoice => "Eén keuze",
        _ => "Meer keuzes mogelijk",
    };
}
