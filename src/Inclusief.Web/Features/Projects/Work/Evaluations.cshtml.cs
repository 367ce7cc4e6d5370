using Inclusief.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Inclusief.Web.Features.Projects.Work;

/// <summary>Evaluation points (weegmomenten): what was found and what was decided, recorded by the leads.</summary>
[Authorize]
public sealed class EvaluationsModel(AppDbContext db, IAuthorizationService authorization, TimeProvider clock) : ProjectWorkModel(db, authorization, clock)
{
    public Task<IActionResult> OnPostAddAsync(Guid id, EvaluationInput evaluation)
    {
        EvaluationForm = evaluation;
        return WorkAsync(id, ProjectPermissions.Manage, nameof(evaluation), () =>
        {
            Db.Set<EvaluationPoint>().Add(EvaluationPoint.Record(Project.Id, evaluation.HeldOn!.Value, evaluation.Findings, evaluation.Decision));
            return "Het weegmoment is vastgelegd.";
        });
    }
}
