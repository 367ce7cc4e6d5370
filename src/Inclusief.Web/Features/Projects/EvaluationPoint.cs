namespace Inclusief.Web.Features.Projects;

/// <summary>A recorded review (weegmoment): what was found, and whether to continue, adjust or stop.</summary>
public class EvaluationPoint
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid SubProjectId { get; private set; }

    public DateOnly HeldOn { get; private set; }

    public string Findings { get; private set; } = "";

    public EvaluationDecision Decision { get; private set; }

    public static EvaluationPoint Record(Guid subProjectId, DateOnly heldOn, string findings, EvaluationDecision decision) => new()
    {
        SubProjectId = subProjectId,
        HeldOn = heldOn,
        Findings = findings.Trim(),
        Decision = decision,
    };
}
