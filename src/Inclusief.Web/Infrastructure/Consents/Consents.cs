using Inclusief.Data;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Infrastructure.Consents;

/// <summary>Records consents in the caller's unit of work and answers what holds now.</summary>
public sealed class Consents(AppDbContext db, TimeProvider clock)
{
    public void Record(string subjectType, string subjectId, ConsentPurpose purpose, bool given) =>
        db.Set<ConsentRecord>().Add(ConsentRecord.Create(subjectType, subjectId, purpose, given, clock.GetUtcNow().UtcDateTime));

    public async Task<bool> IsGivenAsync(string subjectType, string subjectId, ConsentPurpose purpose) =>
        (await GivenAmongAsync(subjectType, [subjectId], purpose)).Contains(subjectId);

    /// <summary>Of these subjects, those whose latest record for the purpose gives consent (one query for a whole list).</summary>
    public async Task<IReadOnlySet<string>> GivenAmongAsync(string subjectType, IReadOnlyCollection<string> subjectIds, ConsentPurpose purpose)
    {
        var records = await db.Set<ConsentRecord>().AsNoTracking()
            .Where(c => c.SubjectType == subjectType && subjectIds.Contains(c.SubjectId) && c.Purpose == purpose.Code)
            .Select(c => new { c.Id, c.SubjectId, c.Given })
            .ToListAsync();
        return records.GroupBy(c => c.SubjectId).Where(g => g.MaxBy(c => c.Id)!.Given).Select(g => g.Key).ToHashSet();
    }

    public Task<List<ConsentRecord>> HistoryAsync(string subjectType, string subjectId) =>
        db.Set<ConsentRecord>().AsNoTracking()
            .Where(c => c.SubjectType == subjectType && c.SubjectId == subjectId)
            .OrderBy(c => c.Id)
            .ToListAsync();

    public Task ForgetAsync(string subjectType, string subjectId) =>
        db.Set<ConsentRecord>().Where(c => c.SubjectType == subjectType && c.SubjectId == subjectId).ExecuteDeleteAsync();
}
