using Inclusief.Data;

namespace Inclusief.Web.Infrastructure.Audit;

/// <summary>
/// Adds audit entries to the caller's unit of work, so the entry is saved together with the change it
/// describes, or not at all.
/// </summary>
public sealed class AuditLog(AppDbContext db, TimeProvider clock)
{
    public void Record(string actorId, string action, string subjectType, string subjectId, string? detail = null) =>
        db.Set<AuditEntry>().Add(AuditEntry.Create(clock.GetUtcNow().UtcDateTime, actorId, action, subjectType, subjectId, detail));
}
