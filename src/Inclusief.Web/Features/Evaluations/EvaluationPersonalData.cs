using Inclusief.Data;
using Inclusief.Web.Infrastructure.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Evaluations;

/// <summary>
/// The views a partner's contact wrote for their organisation. Erasing keeps each view (it is the organisation's, part
/// of a decided document) without who wrote it, and forgets who opened or decided an evaluation point.
/// </summary>
public sealed class EvaluationPersonalData(AppDbContext db) : IPersonalData
{
    public string Section => "evaluationViews";

    public async Task<object?> ExportAsync(AppUser user) =>
        await db.Set<PartnerView>().AsNoTracking().Where(v => v.WrittenById == user.Id)
            .Join(db.Set<ProgrammeEvaluationPoint>(), v => v.ProgrammeEvaluationPointId, e => e.Id, (v, e) => new { Evaluation = e.Title, Organisation = v.OrganisationName, v.Text, v.WrittenAt })
            .OrderBy(v => v.WrittenAt).ToListAsync();

    public async Task EraseAsync(AppUser user)
    {
        (await db.Set<PartnerView>().Where(v => v.WrittenById == user.Id).ToListAsync()).ForEach(v => v.ForgetWriter());
        (await db.Set<ProgrammeEvaluationPoint>().Where(e => e.OpenedById == user.Id || e.DecidedById == user.Id).ToListAsync()).ForEach(e => e.ForgetAccount(user.Id));
    }
}
