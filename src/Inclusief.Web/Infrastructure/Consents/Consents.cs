using Inclusief.Data;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Infrastructure.Consents;

/// <summary>Records consents in the caller's unit of work and answers what holds now.</summary>
public sealed class Consents(AppDbContext db, TimeProvider clock)
{
    public void Record(string subjectType, string subjectId, ConsentPurpose purpose, bool given) =>
        db.Set<ConsentRecord>().Add(ConsentRecord.Create(subjectType, subjectId, purpose, given, clock.GetUtcNow().UtcDateTime));

    public async Task<bool> IsGivenAsync(string subjectType, string subjectId, ConsentPurpose purpose) =>
        await db.Set<ConsentRecord>()
            .Where(c => c.SubjectType == subjectType && c.SubjectId == subjectId && c.Purpose == purpose.Code)
            .OrderByDescending(c => c.Id)
            .Select(c => (bool?)c.Given)
            .FirstOrDefaultAsync() ?? false;

    public Task<List<ConsentRecord>> HistoryAsync(string subjectType, string subjectId) =>
        db.Set<ConsentRecord>().AsNoTracking()
            .Where(c => c.SubjectType == subjectType && c.SubjectId == subjectId)
            .OrderBy(c => c.Id)
            .ToListAsync();

    public Task ForgetAsync(string subjectType, string subjectId) =>
        db.Set<ConsentRecord>().Where(c => c.SubjectType == subjectType && c.SubjectId == subjectId).ExecuteDeleteAsync();
}
