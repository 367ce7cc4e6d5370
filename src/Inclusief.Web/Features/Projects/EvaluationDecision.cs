namespace Inclusief.Web.Features.Projects;

public enum EvaluationDecision
{
    Continue,
    Adjust,
    Stop,
}

public static class EvaluationDecisions
{
    public static string Label(EvaluationDecision decision) => decision switch
    {
        EvaluationDecision.Continue => "Doorgaan",
        EvaluationDecision.Adjust => "Bijsturen",
        _ => "Stoppen",
    };
}
