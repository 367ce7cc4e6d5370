namespace Inclusief.Web.Infrastructure.Audit;

/// <summary>
/// One staff action on personal data: who did what, when, to which record. Holds ids only, never the
/// personal data itself, so it can outlive an erased account.
/// </summary>
public class AuditEntry : IAppendOnly
{
    public const int DetailMaxLength = 200;

    public long Id { get; private set; }

    public DateTime At { get; private set; }

    public string ActorId { get; private set; } = "";

    public string Action { get; private set; } = "";

    public string SubjectType { get; private set; } = "";

    public string SubjectId { get; private set; } = "";

    public string? Detail { get; private set; }

    public static AuditEntry Create(DateTime at, string actorId, string action, string subjectType, string subjectId, string? detail = null) => new()
    {
        At = at,
        ActorId = actorId,
        Action = action,
        SubjectType = subjectType,
        SubjectId = subjectId,
        Detail = detail is { Length: > DetailMaxLength } ? detail[..DetailMaxLength] : detail,
    };
}
